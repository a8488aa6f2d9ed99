/** Reading a text aloud (questionnaires for grandparents), where the platform offers it. */
export type Speech = {
  /** False where there is no text-to-speech: no read-aloud button is shown. */
  isAvailable: () => boolean
  /** Speaks the text, stopping whatever was being read; `onEnd` when it finishes or fails. */
  speak: (text: string, onEnd?: () => void) => void
  stop: () => void
}

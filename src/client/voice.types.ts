export type VoiceHandlers = {
  /** Recognised text, once per finished phrase; the caller appends it. */
  onText: (text: string) => void
  /** A Chinese message saying what to do (see voice-errors.ts). */
  onError: (message: string) => void
  /** Listening stopped, for whatever reason; the button goes back to idle. */
  onEnd?: () => void
}

export type Voice = {
  /** False where the platform has no speech recognition: no voice button is shown. */
  isAvailable: () => boolean
  start: (handlers: VoiceHandlers) => void
  stop: () => void
}

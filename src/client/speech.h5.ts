// H5: the browser's speechSynthesis in Mandarin (zh-CN); no button where the browser lacks it.
import type { Speech } from './speech.types'

type Utterance = { lang: string; rate: number; onend: (() => void) | null; onerror: (() => void) | null }
type SynthGlobal = {
  speechSynthesis?: { speak: (u: Utterance) => void; cancel: () => void }
  SpeechSynthesisUtterance?: new (text: string) => Utterance
}
const g = () => globalThis as unknown as SynthGlobal

export const speech: Speech = {
  isAvailable: () => !!g().speechSynthesis && !!g().SpeechSynthesisUtterance,
  speak: (text, onEnd) => {
    const { speechSynthesis: synth, SpeechSynthesisUtterance: Ctor } = g()
    if (!synth || !Ctor) return onEnd?.()
    synth.cancel()
    const u = new Ctor(text)
    u.lang = 'zh-CN'
    u.rate = 0.9 // a little slower: older listeners
    u.onend = () => onEnd?.()
    u.onerror = () => onEnd?.()
    synth.speak(u)
  },
  stop: () => g().speechSynthesis?.cancel(),
}

// H5: the Web Speech API where the browser has it (Chrome, Edge, Safari); elsewhere no voice input.
import { VOICE_ERRORS, type VoiceErrorKind } from './voice-errors'
import type { Voice } from './voice.types'

type Alternative = { transcript: string }
type ResultEvent = { resultIndex: number; results: ArrayLike<ArrayLike<Alternative> & { isFinal: boolean }> }
type Recognition = {
  lang: string
  interimResults: boolean
  continuous: boolean
  maxAlternatives: number
  onresult: ((e: ResultEvent) => void) | null
  onerror: ((e: { error: string }) => void) | null
  onend: (() => void) | null
  start: () => void
  stop: () => void
}
type RecognitionCtor = new () => Recognition
type SpeechGlobal = { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor }

const ctor = () => {
  const g = globalThis as SpeechGlobal
  return g.SpeechRecognition ?? g.webkitSpeechRecognition
}

/** The browser's error names (SpeechRecognitionErrorEvent.error) to our messages; 'aborted' is our own stop. */
const KINDS: Record<string, VoiceErrorKind> = {
  'not-allowed': 'permission',
  'service-not-allowed': 'permission',
  'audio-capture': 'noMicrophone',
  network: 'network',
  'no-speech': 'noSpeech',
}

let current: Recognition | null = null

export const voice: Voice = {
  isAvailable: () => !!ctor(),
  start: ({ onText, onError, onEnd }) => {
    const Ctor = ctor()
    if (!Ctor) return onError(VOICE_ERRORS.busy)
    current?.stop()
    const r = new Ctor()
    r.lang = 'zh-CN'
    r.interimResults = false
    r.continuous = false
    r.maxAlternatives = 1
    r.onresult = (e) => {
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const text = e.results[i]?.[0]?.transcript.trim()
        if (e.results[i]?.isFinal && text) onText(text)
      }
    }
    r.onerror = (e) => (e.error === 'aborted' ? undefined : onError(VOICE_ERRORS[KINDS[e.error] ?? 'busy']))
    r.onend = () => {
      if (current === r) current = null
      onEnd?.()
    }
    current = r
    r.start()
  },
  stop: () => current?.stop(),
}

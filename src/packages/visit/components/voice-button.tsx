// Optional voice input for a long record field: tap, speak, tap again (or pause); the words are added
// at the end of the field. Shown only where the platform recognises speech; typing always works.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { voice } from '@/client/voice'
import { BigButton } from '@/client/ui/big-button'
import { Field } from '@/client/ui/field'
import { appended } from './voice-text'

export function VoiceButton({ field, onText }: { field: string; onText: (text: string) => void }) {
  const [listening, setListening] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The words land in the field as it is when they arrive, not as it was when listening began.
  const latest = useRef({ onText, listening })
  latest.current = { onText, listening }
  // Leaving the page stops the microphone.
  useEffect(() => () => (latest.current.listening ? voice.stop() : undefined), [])
  if (!voice.isAvailable()) return null
  const toggle = () => {
    if (listening) return voice.stop()
    setError(null)
    setListening(true)
    voice.start({ onText: (t) => latest.current.onText(t), onError: setError, onEnd: () => setListening(false) })
  }
  return (
    <View className="voice-input">
      <BigButton
        kind={listening ? 'primary' : 'default'}
        className="voice-button"
        label={listening ? '正在听，点此结束' : `语音输入：${field}`}
        onClick={toggle}
      >
        {listening ? '正在听…点此结束' : '语音输入'}
      </BigButton>
      {error ? (
        <View className="voice-input__error" role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
    </View>
  )
}

type FieldProps = { label: string; value: string; maxlength: number; placeholder?: string; hint?: string; onInput: (v: string) => void }

/** A record text box with the voice button under it. */
export function VoiceField(props: FieldProps) {
  const { label, value, maxlength, onInput } = props
  return (
    <View className="voice-field">
      <Field {...props} />
      <VoiceButton field={label} onText={(text) => onInput(appended(value, text, maxlength))} />
    </View>
  )
}

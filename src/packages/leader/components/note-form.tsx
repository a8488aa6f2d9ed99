// A short note and one or two buttons: the teacher's side, a leader's decision, a call's note.
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'

type Act = { label: string; kind?: 'primary' | 'default'; run: (text: string) => Promise<string | null> }

export function NoteForm({ label, placeholder, acts, min = 0 }: { label: string; placeholder: string; acts: Act[]; min?: number }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const go = async (act: Act) => {
    setBusy(true)
    setError(null)
    const failed = await act.run(text.trim())
    setBusy(false)
    setError(failed)
  }
  return (
    <View className="note-form">
      <View className="field">
        <Text className="field__label">{label}</Text>
        <Textarea
          className="note-form__text"
          value={text}
          maxlength={500}
          autoHeight
          placeholder={placeholder}
          aria-label={label}
          onInput={(e) => setText(e.detail.value)}
        />
      </View>
      <FormError message={error} />
      {acts.map((a) => (
        <BigButton key={a.label} kind={a.kind} loading={busy} disabled={text.trim().length < min} onClick={() => void go(a)}>
          {a.label}
        </BigButton>
      ))}
    </View>
  )
}

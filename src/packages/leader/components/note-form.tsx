// A short note and one or two buttons: the teacher's side, a leader's decision, a call's note.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '@/client/ui/big-button'
import { TextBox } from '@/client/ui/text-box'

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
      <TextBox label={label} value={text} maxLength={500} placeholder={placeholder} error={error} onInput={setText} />
      {acts.map((a) => (
        <BigButton key={a.label} kind={a.kind} loading={busy} disabled={text.trim().length < min} onClick={() => void go(a)}>
          {a.label}
        </BigButton>
      ))}
    </View>
  )
}

// At check-in: optionally name a colleague who is told if something goes wrong (names only).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { EmptyState, Loaded } from '@/client/ui/states'

type Colleague = { staffId: string; name: string }
type Props = { visitId: string; value: Colleague | null; onChange: (c: Colleague | null) => void }

export function SafetyPicker({ visitId, value, onChange }: Props) {
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <View className="hold__contact">
        <Text className="card__meta">{value ? `安全联系人：${value.name}老师` : '入户家访可以选一位同事作为安全联系人（可选）'}</Text>
        <BigButton kind="default" onClick={() => setOpen(true)}>
          {value ? '更换安全联系人' : '选择安全联系人'}
        </BigButton>
      </View>
    )
  return <Picker visitId={visitId} value={value} onPick={(c) => (onChange(c), setOpen(false))} />
}

function Picker({ visitId, value, onPick }: { visitId: string; value: Colleague | null; onPick: (c: Colleague | null) => void }) {
  const loaded = useApi(() => visitsApi.safetyContacts({ visitId }), [visitId])
  return (
    <View className="field">
      <Text className="field__label">安全联系人（超时未签退或求助时通知）</Text>
      <Loaded state={loaded} isEmpty={(d) => d.colleagues.length === 0} empty={<EmptyState title="本校暂无其他在职同事" />}>
        {(d) => (
          <View className="chips" role="radiogroup" aria-label="安全联系人">
            {d.colleagues.map((c) => (
              <View
                key={c.staffId}
                className={`chip ${value?.staffId === c.staffId ? 'chip--on' : ''}`}
                role="radio"
                aria-checked={value?.staffId === c.staffId}
                aria-label={c.name}
                onClick={() => onPick(c)}
              >
                <Text>{c.name}</Text>
              </View>
            ))}
            <View className="chip" role="radio" aria-checked={value === null} aria-label="不选" onClick={() => onPick(null)}>
              <Text>不选</Text>
            </View>
          </View>
        )}
      </Loaded>
    </View>
  )
}

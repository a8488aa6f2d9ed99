// Who the teacher agreed the visit with on the phone: one of the family's registered guardians, by a tap.
// A guardian without a smartphone is registered first (by the head teacher), never typed in here.
import { Text, View } from '@tarojs/components'
import type { VisitView } from '@/core/contract/visits.contract'
import { RELATION_LABELS } from '@/core/model/family.schema'
import { BigButton } from '@/client/ui/big-button'
import { Choices } from '@/client/ui/choice'
import { registerGuardian } from './no-wechat'

type Props = { family: VisitView['family']; value: string | null; onChange: (guardianId: string) => void }

export const hasGuardians = (family: VisitView['family']) => (family?.guardians.length ?? 0) > 0

export function GuardianPicker({ family, value, onChange }: Props) {
  const register = registerGuardian(family)
  if (!family || !hasGuardians(family)) {
    return (
      <View className="field">
        <Text className="card__meta">这个孩子还没有登记家长。电话约定要记在一位登记过的家长名下。</Text>
        {register ? (
          <BigButton kind="default" onClick={register}>
            登记没有智能手机的家长
          </BigButton>
        ) : (
          <Text className="card__meta">请联系孩子的班主任登记家长（没有智能手机的家长也可以登记），再回来记录。</Text>
        )}
      </View>
    )
  }
  const options = family.guardians.map((g) => ({ value: g.guardianId, label: `${g.name}（${RELATION_LABELS[g.relation]}）` }))
  return (
    <View>
      <Choices label="电话里约好的家长" options={options} value={value} onChange={onChange} />
      {register ? (
        <BigButton kind="default" onClick={register}>
          名单里没有？登记没有智能手机的家长
        </BigButton>
      ) : null}
    </View>
  )
}

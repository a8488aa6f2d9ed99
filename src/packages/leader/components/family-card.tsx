// One family behind a board number: its children and classes, who visits it and why, where its visit
// stands. "每学期" is the only hint of a special category (leaders may know a family is due each semester).
import { Text, View } from '@tarojs/components'
import type { FamilyRow } from '@/core/contract/coverage-leader.contract'
import { formatLocal } from '@/core/time'
import { BigButton } from '@/client/ui/big-button'

export const familyName = (f: FamilyRow) => (f.children.length ? `${f.children.map((c) => c.name).join('、')}家` : '（孩子已离校）')

export function FamilyCard({ family, onReassign }: { family: FamilyRow; onReassign: (() => void) | null }) {
  const classes = [...new Set(family.children.map((c) => c.className))].join('、')
  const owner = family.ownerName ? `${family.ownerName}${family.ownerWhy ? `（${family.ownerWhy}）` : ''}` : '还没有负责老师'
  const claim = family.claim
  const visit = claim
    ? `${claim.teacherName} ${claim.state}${claim.startAt ? ` · ${formatLocal(claim.startAt, 'M月D日 HH:mm')}` : ''}`
    : '还没有安排家访'
  return (
    <View className="card family-row">
      <View className="family-row__head">
        <Text className="card__title">{familyName(family)}</Text>
        {family.everySemester ? <Text className="family-row__tag">每学期</Text> : null}
      </View>
      <Text className="card__meta">{classes}</Text>
      <Text className="family-row__line">{`负责：${owner}`}</Text>
      <Text className="family-row__line">{`家访：${visit}`}</Text>
      {onReassign ? (
        <BigButton kind="default" className="family-row__action" label={`改派${familyName(family)}`} onClick={onReassign}>
          改派
        </BigButton>
      ) : null}
    </View>
  )
}

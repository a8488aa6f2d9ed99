// The suggested assignment as a diff: who receives which families, and from whom.
import { Text, View } from '@tarojs/components'
import type { MoveView } from '@/core/contract/coverage-leader.contract'

const SHOWN = 8

export function MoveGroups({ moves }: { moves: MoveView[] }) {
  const groups = new Map<string, MoveView[]>()
  for (const m of moves) groups.set(m.to, [...(groups.get(m.to) ?? []), m])
  return (
    <View className="moves">
      {[...groups.values()]
        .sort((a, b) => b.length - a.length)
        .map((g) => (
          <View key={g[0]!.to} className="card moves__group">
            <Text className="card__title">{`${g[0]!.toName} +${g.length} 户`}</Text>
            {g.slice(0, SHOWN).map((m) => (
              <Text key={m.familyId} className="moves__line">
                {`${m.children || '（孩子已离校）'}家（${m.className}，${m.fromName ? `原 ${m.fromName}` : '原来没有负责老师'}）`}
              </Text>
            ))}
            {g.length > SHOWN ? <Text className="card__meta">{`还有 ${g.length - SHOWN} 户`}</Text> : null}
          </View>
        ))}
    </View>
  )
}

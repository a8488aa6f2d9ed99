// Parents are often grandparents on small phones: large type, one card per child, nothing else's data.
import { Text, View } from '@tarojs/components'
import { RELATION_LABELS } from '@/core/model/family.schema'
import { call } from '@/client/api'
import { useApi } from '@/client/use-api'
import { RoleSwitcher } from '@/client/ui/role-switcher'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

export default function ParentHome() {
  const children = useApi(() => call('roster', 'myChildren', {}))
  return (
    <Screen title="我的孩子" large>
      <RoleSwitcher current="parent" />
      <Loaded
        state={children}
        isEmpty={(d) => d.children.length === 0}
        empty={<EmptyState title="还没有绑定孩子" hint="请使用老师发给您的邀请码绑定孩子" />}
      >
        {(d) =>
          d.children.map((c) => (
            <View key={c.studentId} className="card" aria-label={`${c.name}，${c.schoolName}${c.className}`}>
              <Text className="card__title">{c.name}</Text>
              <Text className="card__meta">{`${c.schoolName} ${c.className}`}</Text>
              <Text className="card__meta">{`您是孩子的${RELATION_LABELS[c.relation]}`}</Text>
            </View>
          ))
        }
      </Loaded>
    </Screen>
  )
}

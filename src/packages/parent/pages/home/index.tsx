// Parents are often grandparents on small phones: large type, one card per child, nothing else's data.
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { RELATION_LABELS } from '@/core/model/family.schema'
import type { Result } from '@/core/result'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { rosterApi } from '@/client/calls/roster'
import { pagePath } from '@/client/routes'
import { loadMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { RoleSwitcher } from '@/client/ui/role-switcher'
import { ParentVisits } from '../../components/parent-visits'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'

type Children = CallOutput<'roster', 'myChildren'>['children']
type Requests = CallOutput<'accounts', 'myConsents'>['children']
type Home = { children: Children; waiting: Requests; rejected: Requests }

/** Approved children (parents only) and this account's requests still waiting or turned down. */
async function loadHome(): Promise<Result<Home>> {
  const me = await loadMe(true)
  if (!me.ok) return me
  const [kids, consents] = await Promise.all([
    me.data.roles.includes('parent') ? rosterApi.myChildren({}) : Promise.resolve({ ok: true as const, data: { children: [] } }),
    accountsApi.myConsents({}),
  ])
  if (!kids.ok) return kids
  if (!consents.ok) return consents
  const all = consents.data.children
  return {
    ok: true,
    data: {
      children: kids.data.children,
      waiting: all.filter((c) => c.status === 'pending'),
      rejected: all.filter((c) => c.status === 'rejected'),
    },
  }
}

const goBind = () => void Taro.navigateTo({ url: pagePath('parentBind') })

export default function ParentHome() {
  const home = useApi(loadHome)
  useDidShow(() => {
    if (!home.loading) home.reload()
  })
  return (
    <Screen home title="我的孩子" large>
      <RoleSwitcher current="parent" />
      <ParentVisits />
      <Loaded state={home}>
        {(d) => {
          const nothing = d.children.length === 0 && d.waiting.length === 0
          return (
            <View>
              {nothing ? (
                <View className="card">
                  <Text className="card__title">还没有绑定孩子</Text>
                  <Text className="card__meta">请准备好班主任发的班级邀请码，以及孩子的姓名和学号。</Text>
                  <BigButton onClick={goBind}>绑定孩子</BigButton>
                </View>
              ) : null}
              {d.children.map((c) => (
                <View key={c.studentId} className="card child-card" aria-label={`${c.name}，${c.schoolName}${c.className}`}>
                  <Text className="card__title">{c.name}</Text>
                  <Text className="card__meta">{`${c.schoolName} ${c.className}`}</Text>
                  <Text className="card__meta">{`您是孩子的${RELATION_LABELS[c.relation]}`}</Text>
                </View>
              ))}
              {d.waiting.map((c) => (
                <View key={c.studentId} className="card pending-card" aria-label={`${c.studentName}，等待班主任审核`}>
                  <Text className="card__title">{c.studentName}</Text>
                  <Text className="card__meta">已提交，等待班主任审核</Text>
                </View>
              ))}
              {d.rejected.map((c) => (
                <View key={c.studentId} className="card pending-card" aria-label={`${c.studentName}，班主任未通过`}>
                  <Text className="card__title">{c.studentName}</Text>
                  <Text className="card__meta">班主任没有通过这次绑定申请，请核对孩子的姓名和学号后重新申请，或联系班主任。</Text>
                </View>
              ))}
              {nothing ? null : (
                <>
                  <BigButton kind="default" onClick={goBind}>
                    再绑定一个孩子
                  </BigButton>
                  <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: pagePath('parentConsents') })}>
                    我的授权
                  </BigButton>
                </>
              )}
            </View>
          )
        }}
      </Loaded>
    </Screen>
  )
}

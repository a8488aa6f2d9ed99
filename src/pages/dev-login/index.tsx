// H5 only (not in the weapp build): pick a demo person, get a session cookie, go to the entry page.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Home } from '@/core/roles'
import { DEMO_OFF_CODE, devNewcomer, devSignIn, listDevPeople, type DevPerson } from '@/client/dev-session'
import { INDEX_PATH, HOME_LABELS } from '@/client/routes'
import { forgetMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

const ORDER: string[] = ['teacher', 'parent', 'leader', 'admin', 'district']

function groupByHome(people: DevPerson[]): [string, DevPerson[]][] {
  const groups = new Map<string, DevPerson[]>()
  for (const p of people) groups.set(p.home, [...(groups.get(p.home) ?? []), p])
  const rank = (h: string) => (ORDER.includes(h) ? ORDER.indexOf(h) : ORDER.length)
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]))
}

const groupLabel = (home: string) => HOME_LABELS[home as Home] ?? '未绑定'

/** The server offers demo sign-in only on the demo district's data; on a school's own data it says so. */
function DemoOff({ message }: { message: string }) {
  return (
    <Screen home title="演示登录未开启" subtitle="本地服务没有提供演示身份">
      <EmptyState title="这里不能用演示身份登录" hint={message} />
    </Screen>
  )
}

export default function DevLogin() {
  const people = useApi(listDevPeople)
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  if (people.error?.code === DEMO_OFF_CODE) return <DemoOff message={people.error.message} />

  const signIn = async (p: DevPerson) => {
    setBusy(p.userId)
    setFailure(null)
    const res = await devSignIn(p.userId)
    setBusy(null)
    if (!res.ok) return setFailure(res.error.message)
    forgetMe()
    void Taro.reLaunch({ url: INDEX_PATH })
  }

  const enterAsNewcomer = async () => {
    setBusy('newcomer')
    setFailure(null)
    const res = await devNewcomer()
    setBusy(null)
    if (!res.ok) return setFailure(res.error.message)
    forgetMe()
    void Taro.reLaunch({ url: INDEX_PATH })
  }

  return (
    <Screen home title="选择演示身份" subtitle="本地演示用：点选一位，以他的身份进入">
      {failure ? <Text className="state__text">{failure}</Text> : null}
      <View className="person">
        <Text className="card__meta">第一次打开小程序的家长或老师（还没有任何身份）</Text>
        <BigButton kind="default" loading={busy === 'newcomer'} onClick={() => void enterAsNewcomer()}>
          以新微信用户进入
        </BigButton>
      </View>
      <Loaded
        state={people}
        isEmpty={(d) => d.people.length === 0}
        empty={<EmptyState title="没有演示人员" hint="请先运行 npm run reset-demo 生成演示数据" />}
      >
        {(d) =>
          groupByHome(d.people).map(([home, group]) => (
            <View key={home} className="group">
              <Text className="section-title">{groupLabel(home)}</Text>
              {group.map((p) => (
                <View key={p.userId} className="person">
                  <Text className="card__meta">{`${p.roleLabel} · ${p.schoolName}`}</Text>
                  <BigButton label={`以${p.name}的身份进入`} loading={busy === p.userId} onClick={() => void signIn(p)}>
                    {p.name}
                  </BigButton>
                </View>
              ))}
            </View>
          ))
        }
      </Loaded>
    </Screen>
  )
}

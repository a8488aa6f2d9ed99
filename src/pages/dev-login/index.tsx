// H5 only (not in the weapp build): pick a demo person, get a session cookie, go to the entry page.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Result } from '@/core/result'
import type { Home } from '@/core/roles'
import { DEMO_OFF_CODE, devNewcomer, devSignIn, listDevPeople, type DevPerson } from '@/client/dev-session'
import { INDEX_PATH, HOME_LABELS } from '@/client/routes'
import { forgetMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'
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

type Failure = { who: string; message: string }

/** One person to enter as; a failed sign-in says so under the button that was tapped (tap again to retry). */
function Enter(props: {
  id: string
  meta: string
  label: string
  kind?: 'default'
  busy: string | null
  failure: Failure | null
  onTap: () => void
  children: string
}) {
  const { id, meta, label, kind, busy, failure, onTap, children } = props
  return (
    <View className="person">
      <Text className="card__meta">{meta}</Text>
      <BigButton kind={kind} label={label} loading={busy === id} onClick={onTap}>
        {children}
      </BigButton>
      <FormError message={failure?.who === id ? failure.message : null} />
    </View>
  )
}

export default function DevLogin() {
  const people = useApi(listDevPeople)
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  if (people.error?.code === DEMO_OFF_CODE) return <DemoOff message={people.error.message} />

  const enter = async (who: string, signIn: () => Promise<Result<unknown>>) => {
    setBusy(who)
    setFailure(null)
    const res = await signIn()
    setBusy(null)
    if (!res.ok) return setFailure({ who, message: res.error.message })
    forgetMe()
    void Taro.reLaunch({ url: INDEX_PATH })
  }
  const shared = { busy, failure }

  // One error for the page: when the list cannot load, only that (with 重试) is shown.
  return (
    <Screen home title="选择演示身份" subtitle="本地演示用：点选一位，以他的身份进入">
      <Loaded
        state={people}
        isEmpty={(d) => d.people.length === 0}
        empty={<EmptyState title="没有演示人员" hint="请先运行 npm run reset-demo 生成演示数据" />}
      >
        {(d) => (
          <View>
            <Enter
              {...shared}
              id="newcomer"
              meta="第一次打开小程序的家长或老师（还没有任何身份）"
              label="以新微信用户进入"
              kind="default"
              onTap={() => void enter('newcomer', devNewcomer)}
            >
              以新微信用户进入
            </Enter>
            {groupByHome(d.people).map(([home, group]) => (
              <View key={home} className="group">
                <Text className="section-title">{groupLabel(home)}</Text>
                {group.map((p) => (
                  <Enter
                    {...shared}
                    key={p.userId}
                    id={p.userId}
                    meta={`${p.roleLabel} · ${p.schoolName}`}
                    label={`以${p.name}的身份进入`}
                    onTap={() => void enter(p.userId, () => devSignIn(p.userId))}
                  >
                    {p.name}
                  </Enter>
                ))}
              </View>
            ))}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

// Parents are often grandparents on small phones: large type; the one visit waiting first, naming the
// child; one card per child with that child's visit; then the rest as a cell list. Every load is
// shown as one: one spinner, one error, one 重试.
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { ok, type Result } from '@/core/result'
import type { CallOutput } from '@/client/api-core'
import { accountsApi } from '@/client/calls/accounts'
import { notifyApi } from '@/client/calls/notify'
import { rosterApi } from '@/client/calls/roster'
import { surveysApi } from '@/client/calls/surveys'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { loadMe } from '@/client/session'
import { combine, useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { Cells } from '@/client/ui/cells'
import { openInbox } from '@/client/ui/inbox-link'
import { RoleSwitcher } from '@/client/ui/role-switcher'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { VisitCard } from '@/client/ui/visit-card'
import { AvailabilityCard } from '../../components/availability-card'
import { ArchiveLink } from '@/client/ui/archive-link'
import { ChildCard } from '../../components/child-card'
import { RequestCards } from '../../components/request-cards'
import { SurveyCards } from '../../components/survey-cards'
import { WaitingCard } from '../../components/waiting-card'
import { childrenNamed, homeVisits } from '../../home-model'
import { takeNotice } from '../../notice'

type Children = CallOutput<'roster', 'myChildren'>['children']
type Requests = CallOutput<'accounts', 'myConsents'>['children']
type Visits = CallOutput<'visits', 'myFamilyVisits'>['visits']
type Free = CallOutput<'visits', 'myAvailability'>['availability']
type Surveys = CallOutput<'surveys', 'myQuestionnaires'>['items']
type Home = { meId: string; children: Children; requests: Requests; visits: Visits; free: Free; surveys: Surveys }

/** Approved children and their visits (parents only), and this account's binding requests. */
async function loadHome(): Promise<Result<Home>> {
  const me = await loadMe(true)
  if (!me.ok) return me
  const parent = me.data.roles.includes('parent')
  const [kids, consents, visits, free, surveys] = await Promise.all([
    parent ? rosterApi.myChildren({}) : ok({ children: [] }),
    accountsApi.myConsents({}),
    parent ? visitsApi.myFamilyVisits({}) : ok({ visits: [], total: 0 }),
    visitsApi.myAvailability({}),
    parent ? surveysApi.myQuestionnaires({}) : ok({ items: [] }),
  ])
  if (!kids.ok) return kids
  if (!consents.ok) return consents
  if (!visits.ok) return visits
  if (!free.ok) return free
  if (!surveys.ok) return surveys
  const { children } = kids.data
  const { visits: all } = visits.data
  return ok({
    meId: me.data.userId,
    children,
    requests: consents.data.children,
    visits: all,
    free: free.data.availability,
    surveys: surveys.data.items,
  })
}

const goBind = () => void Taro.navigateTo({ url: pagePath('parentBind') })
const goConsents = () => void Taro.navigateTo({ url: pagePath('parentConsents') })
const goSuggest = () => void Taro.navigateTo({ url: pagePath('parentSuggest') })
const goMyData = () => void Taro.navigateTo({ url: pagePath('parentMyData') })

const inboxCell = (unread: number) => ({
  key: 'inbox',
  title: '我的提醒',
  note: unread ? null : '家访约好、有变动或快到时提醒您',
  badge: unread,
  onClick: openInbox,
})

function HomeBody({ home: d, unread }: { home: Home; unread: number }) {
  const pending = d.requests.filter((r) => r.status === 'pending' || r.status === 'rejected')
  if (d.children.length === 0 && !pending.some((r) => r.status === 'pending')) {
    return (
      <View>
        <View className="card">
          <Text className="card__title">还没有绑定孩子</Text>
          <Text className="card__meta">请准备好班主任发的班级邀请码，以及孩子的姓名和学号。</Text>
          <BigButton onClick={goBind}>绑定孩子</BigButton>
        </View>
        <RequestCards requests={pending} />
        {/* Unread news (a request the roster ended) stays one tap away before any child is bound. */}
        {unread ? <Cells items={[inboxCell(unread)]} /> : null}
      </View>
    )
  }
  const visits = homeVisits(d.children, d.visits, new Date())
  const allLeft = d.children.length > 0 && d.children.every((c) => c.left)
  return (
    <View>
      {visits.waiting ? <WaitingCard visit={visits.waiting.visit} names={visits.waiting.names} /> : null}
      <SurveyCards items={d.surveys} />
      {d.children.map((c) => (
        <View key={c.studentId}>
          <ChildCard child={c} visit={visits.byChild.get(c.studentId) ?? null} meId={d.meId} />
          <ArchiveLink studentId={c.studentId} name={c.name} label="家访记录" />
        </View>
      ))}
      {/* Free times only help a visit still to come: not asked once every bound child has left. */}
      {allLeft ? null : <AvailabilityCard availability={d.free} />}
      <RequestCards requests={pending} />
      <Cells
        items={[
          inboxCell(unread),
          { key: 'suggest', title: '给学校提建议', note: '也能看到老师的回复', onClick: goSuggest },
          { key: 'consents', title: '我的授权', note: '查看或撤回您同意过的事', onClick: goConsents },
          { key: 'myData', title: '我的信息', note: '学校保存的您家信息，可下载、申请更正', onClick: goMyData },
          { key: 'bind', title: '再绑定一个孩子', note: '家里还有孩子在上学时', onClick: goBind },
        ]}
      />
      {visits.history.length ? <Text className="section-title">以前的家访</Text> : null}
      {visits.history.map((v) => (
        // With one child the teacher's name says enough; with several, the card names whose visit it was.
        <VisitCard
          key={v.visitId}
          visit={v}
          title={d.children.length > 1 ? `${childrenNamed(v, d.children).join('、')}的家访` : undefined}
        />
      ))}
    </View>
  )
}

export default function ParentHome() {
  const home = useApi(loadHome)
  const inbox = useApi(() => notifyApi.inbox({ page: 0, pageSize: 1 }))
  const all = combine(home, inbox)
  useEffect(() => {
    const notice = takeNotice() // what the page that sent us here did (ToastHost, a child, is listening)
    if (notice) showToast(notice)
  }, [])
  useDidShow(() => {
    if (!all.loading) all.reload()
  })
  // Coming back to the page reloads in place: the cards stay while fresh ones load (no spinner flash).
  const shown = { ...all, loading: all.loading && all.data === null }
  return (
    <Screen home title="我的孩子" large>
      <RoleSwitcher current="parent" />
      <Loaded state={shown}>{([d, box]) => <HomeBody home={d} unread={box.unread} />}</Loaded>
    </Screen>
  )
}

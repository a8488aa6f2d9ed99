// Teacher home: this week's visits, what waits on the teacher (binding requests, reminders), the
// families still to visit (还需家访), the parents' satisfaction (aggregate only), then the classes.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { rosterApi } from '@/client/calls/roster'
import { visitsApi } from '@/client/calls/visits'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { Cells, type CellItem } from '@/client/ui/cells'
import { openInbox, useUnread } from '@/client/ui/inbox-link'
import { RoleSwitcher } from '@/client/ui/role-switcher'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { ClassCard, type ClassSummary } from '../../components/class-card'
import { CorrectionTasks } from '../../components/correction-tasks'
import { PlannedFollowUps, RecordsDue } from '../../components/record-reminders'
import { SatisfactionLine } from '../../components/satisfaction-line'
import { TeacherVisitsEntry } from '../../components/visits-entry'
import { TeacherWorklist } from '../../components/worklist'
import { ClassTickets } from '../../components/class-tickets'

/** One cell per class with requests waiting (usually the one class a head teacher has), then 我的提醒. */
function todo(classes: ClassSummary[], unread: number, asked: number): CellItem[] {
  const waiting = classes.filter((c) => c.pendingBindings > 0)
  return [
    ...waiting.map((c) => ({
      key: `pending-${c.classId}`,
      // The count is the badge; a note with it too broke mid-count on large text.
      title: '待审核的绑定申请',
      note: c.name,
      badge: c.pendingBindings,
      onClick: () => void Taro.navigateTo({ url: pagePath('teacherInvite', { classId: c.classId, name: c.name }) }),
    })),
    ...(asked > 0
      ? [
          {
            key: 'prep',
            title: '同事请你提供情况',
            badge: asked,
            onClick: () => void Taro.navigateTo({ url: pagePath('teacherPrepRequests') }),
          },
        ]
      : []),
    { key: 'inbox', title: '我的提醒', note: unread ? `${unread}条未读` : null, badge: unread, onClick: openInbox },
  ]
}

export default function TeacherHome() {
  const classes = useApi(() => rosterApi.myClasses({}))
  const prep = useApi(() => visitsApi.myPrepRequests({}))
  useReshow(() => (classes.reload(), prep.reload()))
  const unread = useUnread()
  return (
    <Screen home title="我的班级">
      <RoleSwitcher current="teacher" />
      <TeacherVisitsEntry />
      <RecordsDue />
      <ClassTickets />
      <CorrectionTasks />
      <View className="teacher-cells">
        <Cells items={todo(classes.data?.classes ?? [], unread, prep.data?.open ?? 0)} />
      </View>
      <TeacherWorklist />
      <PlannedFollowUps />
      <SatisfactionLine />
      <Loaded
        state={{ ...classes, loading: classes.loading && classes.data === null }}
        isEmpty={(d) => d.classes.length === 0}
        empty={<EmptyState title="还没有任教的班级" hint="请联系学校管理员把您加入班级" />}
      >
        {(d) => d.classes.map((c) => <ClassCard key={c.classId} c={c} />)}
      </Loaded>
    </Screen>
  )
}

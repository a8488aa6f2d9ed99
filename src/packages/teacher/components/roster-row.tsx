// One student on the class list: the number in a fixed column, the name, whether the family is on
// WeChat; then the family's visit (the teacher's own opens it; another teacher's says who has it)
// or 发起家访 where this teacher may propose.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { WECHAT_REACH_LABELS, type RowVisit } from '@/core/contract/roster.contract'
import { inZone } from '@/core/time'
import type { CallOutput } from '@/client/api-core'
import { pagePath } from '@/client/routes'
import { visitStatusWords } from '@/client/ui/visit-card'

export type RosterStudent = CallOutput<'roster', 'classStudents'>['students'][number]

const go = (url: string) => (e: { stopPropagation: () => void }) => {
  e.stopPropagation()
  void Taro.navigateTo({ url })
}

/** 等家长回复 / 等您回复 / 12月5日 已约好 */
function ownVisitWords(v: Extract<RowVisit, { kind: 'mine' }>): string {
  if (v.status === 'scheduled' && v.startAt) return `${inZone(v.startAt).format('M月D日')} 已约好`
  return visitStatusWords({ mySide: 'teacher', status: v.status })
}

function VisitPart({ s }: { s: RosterStudent }) {
  const v = s.visit
  if (v?.kind === 'mine') {
    const words = ownVisitWords(v)
    return (
      <View
        className="roster-row__visit"
        role="button"
        aria-label={`查看${s.name}的家访：${words}`}
        onClick={go(pagePath('visitDetail', { id: v.visitId }))}
      >
        <Text>{words}</Text>
        <View className="chevron" />
      </View>
    )
  }
  if (v?.kind === 'other') return <Text className="roster-row__note">{`${v.teacherName}老师已约，可联系该老师一起去`}</Text>
  if (!s.mayPropose) return null
  return (
    <View
      className="row__action"
      role="button"
      aria-label={`给${s.name}的家长发起家访`}
      onClick={go(pagePath('visitPropose', { studentId: s.studentId, name: s.name, followUp: '' }))}
    >
      <Text>发起家访</Text>
    </View>
  )
}

export function RosterRow({ s }: { s: RosterStudent }) {
  const reach = WECHAT_REACH_LABELS[s.wechat]
  const openFamily = () => void Taro.navigateTo({ url: pagePath('teacherFamily', { studentId: s.studentId, name: s.name }) })
  // The whole row opens the family for a finger; for assistive technology the student part is the
  // button, beside (never around) the visit's own button.
  return (
    <View className="row row--tap roster-row" onClick={openFamily}>
      <View className="roster-row__open" role="button" aria-label={`${s.name}，学号${s.studentNo}，微信${reach}，查看家庭信息`}>
        <Text className="roster-row__no">{s.studentNo}</Text>
        <View className="roster-row__who">
          <Text className="row__main">{s.name}</Text>
          <Text className={`reach reach--${s.wechat}`}>{reach}</Text>
        </View>
      </View>
      <VisitPart s={s} />
    </View>
  )
}

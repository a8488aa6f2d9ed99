// 家访进度: the school's figures this semester and school year, then each grade class by class; every
// number opens the families behind it. The leadership team's own visits close the page.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BOARD_MEASURE_LABELS, type BoardMeasure } from '@/core/coverage/board'
import { formatLocal } from '@/core/time'
import { coverageApi } from '@/client/calls/coverage'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { Screen, Stat } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { PlanTable } from '../../components/plan-table'
import { LeadershipVisits } from '../../components/leadership-visits'
import { SurveyFigures } from '../../components/survey-figures'
import { TicketsWaiting } from '@/client/ui/tickets-waiting'

const open = (scope: string, measure: BoardMeasure) => void Taro.navigateTo({ url: pagePath('leaderFamilies', { scope, measure }) })
/** The school's figures at the top, in the order a leader reads them. */
const SCHOOL_FIGURES = ['required', 'scheduled', 'held', 'unclaimed', 'specialNotVisited'] as const satisfies readonly BoardMeasure[]
const day = (d: string) => formatLocal(`${d}T12:00:00+08:00`, 'M月D日')

export default function PlanPage() {
  const board = useApi(() => coverageApi.board({}))
  useReshow(board.reload)
  const shown = { ...board, loading: board.loading && board.data === null }
  return (
    <Screen title="家访进度" subtitle={board.data?.schoolName ?? null}>
      <Loaded
        state={shown}
        isEmpty={(d) => d.grades.length === 0}
        empty={<EmptyState title="还没有班级" hint="请学校管理员先导入班级和学生名单" />}
      >
        {(d) => (
          <View>
            <Text className="lead plan__period">
              {`${d.semester.label}（${day(d.semester.first)}–${day(d.semester.last)}）：特殊家庭本学期内家访一次，其他家庭本学年（至${day(d.year.last)}）一次。`}
            </Text>
            <SurveyFigures figures={d.figures} disputesOpen={d.disputesOpen} />
            <View className="stats">
              {SCHOOL_FIGURES.map((m) => (
                <Stat
                  key={m}
                  label={BOARD_MEASURE_LABELS[m]}
                  value={d.school[m]}
                  unit="户"
                  onOpen={d.school[m] ? () => open('school', m) : undefined}
                />
              ))}
              {d.school.recordsOverdue ? <Stat label="家访记录超期未填" value={d.school.recordsOverdue} unit="份" /> : null}
            </View>
            <TicketsWaiting age={d.tickets} note="班级和学校的意见合计，点开回复给学校的意见" />
            {d.canAssign ? (
              <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: pagePath('leaderAssign') })}>
                自动分配
              </BigButton>
            ) : null}
            {d.grades.map((g) => (
              <View key={g.grade} className="plan__grade">
                <Text className="section-title">{g.label}</Text>
                <PlanTable grade={g} onOpen={open} />
              </View>
            ))}
            <LeadershipVisits leaders={d.leadership} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

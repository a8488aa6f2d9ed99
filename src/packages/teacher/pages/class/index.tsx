// 学生名单: every row says whether the family is on WeChat and where its visit stands, so a teacher
// knows before starting whom a proposal reaches and whether someone already has the family.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { rosterApi } from '@/client/calls/roster'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { useReshow } from '@/client/use-reshow'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { HeadTools } from '../../components/head-tools'
import { RosterRow } from '../../components/roster-row'

const PAGE_SIZE = 20

export default function ClassPage() {
  const params = usePageParams('teacherClass')
  const { classId } = params
  const [page, setPage] = useState(0)
  const students = useApi(() => rosterApi.classStudents({ classId, page, pageSize: PAGE_SIZE }), [classId, page])
  const classes = useApi(() => rosterApi.myClasses({}), [classId])
  // Back from a visit or an approval: the rows and the count show what changed, without a spinner.
  useReshow(() => (students.reload(), classes.reload()))
  const className = students.data?.className ?? params.name
  const mine = classes.data?.classes.find((c) => c.classId === classId && c.isHead)

  return (
    <Screen title="学生名单" subtitle={className || null}>
      {mine ? <HeadTools classId={classId} className={className} pending={mine.pendingBindings} /> : null}
      <Loaded
        state={{ ...students, loading: students.loading && students.data === null }}
        isEmpty={(d) => d.total === 0}
        empty={<EmptyState title="这个班还没有学生" />}
      >
        {(d) => (
          <View>
            <Text className="card__meta roster-count">{`共 ${d.total} 人 · 点学生查看家庭信息`}</Text>
            <View className="roster">
              {d.students.map((s) => (
                <RosterRow key={s.studentId} s={s} />
              ))}
            </View>
            <Pager page={d.page} total={d.total} pageSize={d.pageSize} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

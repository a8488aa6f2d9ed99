import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { rosterApi } from '@/client/calls/roster'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

const PAGE_SIZE = 20
const GENDER = { M: '男', F: '女' } as const

/** Head teachers' tools for their own class: invite parents, approve bindings, register offline guardians. */
function HeadTools({ classId, className }: { classId: string; className: string }) {
  const classes = useApi(() => rosterApi.myClasses({}), [classId])
  const isHead = classes.data?.classes.some((c) => c.classId === classId && c.isHead) ?? false
  if (!isHead) return null
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className="tools">
      <View
        className="card card--tap"
        role="button"
        aria-label="家长邀请与审核"
        onClick={go(pagePath('teacherInvite', { classId, name: className }))}
      >
        <Text className="card__title">家长邀请与审核</Text>
        <Text className="card__meta">班级邀请码 · 待审核的绑定申请</Text>
      </View>
      <View
        className="card card--tap"
        role="button"
        aria-label="登记无智能手机的家长"
        onClick={go(pagePath('teacherOfflineGuardian', { classId, name: className }))}
      >
        <Text className="card__title">登记无智能手机的家长</Text>
        <Text className="card__meta">没有微信的监护人，由班主任代为登记</Text>
      </View>
    </View>
  )
}

export default function ClassPage() {
  const params = usePageParams('teacherClass')
  const { classId } = params
  const [page, setPage] = useState(0)
  const students = useApi(() => rosterApi.classStudents({ classId, page, pageSize: PAGE_SIZE }), [classId, page])
  const className = students.data?.className ?? params.name

  return (
    <Screen title="学生名单" subtitle={className || null}>
      <HeadTools classId={classId} className={className} />
      <Loaded state={students} isEmpty={(d) => d.total === 0} empty={<EmptyState title="这个班还没有学生" />}>
        {(d) => (
          <View>
            <Text className="card__meta">{`共 ${d.total} 人 · 点学生查看家庭信息`}</Text>
            {d.students.map((s) => (
              <View
                key={s.studentId}
                className="row row--tap"
                role="button"
                aria-label={`${s.name}，查看家庭信息`}
                onClick={() => void Taro.navigateTo({ url: pagePath('teacherFamily', { studentId: s.studentId, name: s.name }) })}
              >
                <Text className="row__main">{s.name}</Text>
                <Text className="row__side">{`${s.studentNo} · ${GENDER[s.gender]}`}</Text>
                <View
                  className="row__action"
                  role="button"
                  aria-label={`给${s.name}的家长发起家访`}
                  onClick={(e) => {
                    e.stopPropagation()
                    void Taro.navigateTo({ url: pagePath('visitPropose', { studentId: s.studentId, name: s.name }) })
                  }}
                >
                  <Text>发起家访</Text>
                </View>
              </View>
            ))}
            <Pager page={d.page} total={d.total} pageSize={d.pageSize} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

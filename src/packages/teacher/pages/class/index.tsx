import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { call } from '@/client/api'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

const PAGE_SIZE = 20
const GENDER = { M: '男', F: '女' } as const

export default function ClassPage() {
  const { params } = useRouter()
  const classId = params.classId ?? ''
  const [page, setPage] = useState(0)
  const students = useApi(() => call('roster', 'classStudents', { classId, page, pageSize: PAGE_SIZE }), [classId, page])
  const className = students.data?.className ?? decodeURIComponent(params.name ?? '')

  return (
    <Screen title="学生名单" subtitle={className || null}>
      <Loaded
        state={students}
        isEmpty={(d) => d.total === 0}
        empty={<EmptyState title="这个班还没有学生" />}
      >
        {(d) => {
          const pages = Math.max(1, Math.ceil(d.total / d.pageSize))
          return (
            <View>
              <Text className="card__meta">{`共 ${d.total} 人`}</Text>
              {d.students.map((s) => (
                <View key={s.studentId} className="row">
                  <Text className="row__main">{s.name}</Text>
                  <Text className="row__side">{`${s.studentNo} · ${GENDER[s.gender]}`}</Text>
                </View>
              ))}
              {pages > 1 ? (
                <View className="pager">
                  <BigButton kind="default" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                    上一页
                  </BigButton>
                  <Text className="pager__info">{`第 ${d.page + 1} / ${pages} 页`}</Text>
                  <BigButton kind="default" disabled={d.page + 1 >= pages} onClick={() => setPage((p) => p + 1)}>
                    下一页
                  </BigButton>
                </View>
              ) : null}
            </View>
          )
        }}
      </Loaded>
    </Screen>
  )
}

// Binding requests this account made that are not approved (yet): what happens next, in words (a request
// the roster ended because the child left says so, not that the head teacher refused it).
import { Text, View } from '@tarojs/components'
import type { CallOutput } from '@/client/api-core'
import { BINDING_ENDED } from '@/core/model/family.schema'

type Request = CallOutput<'accounts', 'myConsents'>['children'][number]

export function RequestCards({ requests }: { requests: Request[] }) {
  return (
    <>
      {requests.map((r) =>
        r.status === 'pending' ? (
          <View key={r.studentId} className="card pending-card" aria-label={`${r.studentName}，等待班主任审核`}>
            <Text className="card__title">{r.studentName}</Text>
            <Text className="card__meta">已提交，等待班主任审核。班主任通过后，孩子会显示在这里。</Text>
          </View>
        ) : r.ended ? (
          <View key={r.studentId} className="card pending-card" aria-label={`${r.studentName}，${BINDING_ENDED.title}`}>
            <Text className="card__title">{r.studentName}</Text>
            <Text className="card__meta">{BINDING_ENDED.body}</Text>
          </View>
        ) : (
          <View key={r.studentId} className="card pending-card" aria-label={`${r.studentName}，班主任未通过`}>
            <Text className="card__title">{r.studentName}</Text>
            <Text className="card__meta">班主任没有通过这次绑定申请，请核对孩子的姓名和学号后重新申请，或联系班主任。</Text>
          </View>
        ),
      )}
    </>
  )
}

// A class on the teacher home: opens its list; a head teacher sees the binding requests waiting.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CallOutput } from '@/client/api-core'
import { pagePath } from '@/client/routes'

export type ClassSummary = CallOutput<'roster', 'myClasses'>['classes'][number]

export function ClassCard({ c }: { c: ClassSummary }) {
  const waiting = c.pendingBindings ? `待审核 ${c.pendingBindings}` : null
  const meta = [c.isHead ? '班主任' : null, c.subjects.join('、') || null, `学生 ${c.studentCount} 人`].filter(Boolean).join(' · ')
  return (
    <View
      className="card card--tap"
      role="button"
      aria-label={[`${c.name}，学生${c.studentCount}人`, waiting ? `${waiting}条绑定申请` : null].filter(Boolean).join('，')}
      onClick={() => void Taro.navigateTo({ url: pagePath('teacherClass', { classId: c.classId, name: c.name }) })}
    >
      <View className="card__top">
        <Text className="card__title">{c.name}</Text>
        {waiting ? <Text className="pill pill--warn">{waiting}</Text> : null}
      </View>
      <Text className="card__meta">{meta}</Text>
    </View>
  )
}

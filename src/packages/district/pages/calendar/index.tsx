// 学年与学期: when the district's school year and spring semester begin. The dates of this year's
// semesters are shown as they are being chosen; saving re-files visits already agreed.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CalendarSchema, localDateOf, type Calendar } from '@/core/coverage/calendar'
import { coverageApi } from '@/client/calls/coverage'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { KeyValues } from '@/client/ui/key-values'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { MonthDay } from '../../components/month-day'
import { semesterDates } from '../../components/semester-dates'

export default function CalendarPage() {
  const view = useApi(() => coverageApi.calendar({}))
  const [draft, setDraft] = useState<Calendar | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { dialog, ask } = useConfirm()

  const save = (cal: Calendar) => {
    const checked = CalendarSchema.safeParse(cal)
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '日期不正确')
    setError(null)
    ask({
      title: '保存新的学年与学期日期？',
      text: '保存后，各校按新日期计算哪些家庭本学期、本学年还需家访；已经约好的家访按约定时间归入新的学期。',
      confirmLabel: '确认保存',
      onConfirm: async () => {
        const res = await coverageApi.setCalendar(cal)
        if (!res.ok) return setError(res.error.message)
        const kept = res.data.kept ? `，${res.data.kept} 个家访仍按原学期统计` : ''
        showToast(`已保存，已重新归档 ${res.data.refiled} 个家访${kept}`)
        setDraft(null)
        view.reload()
      },
    })
  }

  const shown = { ...view, loading: view.loading && view.data === null }
  return (
    <Screen title="学年与学期" subtitle={view.data?.districtName ?? null}>
      <Loaded state={shown}>
        {(d) => {
          const cal = draft ?? d.calendar
          const changed = cal.yearStart !== d.calendar.yearStart || cal.springStart !== d.calendar.springStart
          const valid = CalendarSchema.safeParse(cal).success
          return (
            <View>
              <Text className="lead">特殊家庭每学期家访一次，其他家庭每学年一次。秋季学期从学年开始日期起，到春季学期开始前一天。</Text>
              <MonthDay
                label="学年开始日期"
                value={cal.yearStart}
                disabled={!d.editable}
                onChange={(v) => setDraft({ ...cal, yearStart: v })}
              />
              <MonthDay
                label="春季学期开始日期"
                value={cal.springStart}
                disabled={!d.editable}
                onChange={(v) => setDraft({ ...cal, springStart: v })}
              />
              <Text className="section-title">按这个设置，本学年是</Text>
              {valid ? (
                <KeyValues label="本学年的学期" rows={semesterDates(cal, localDateOf(new Date()))} />
              ) : (
                <FormError message="春季学期开始日期不能和学年开始日期相同" />
              )}
              <FormError message={error} />
              {d.editable ? (
                <BigButton disabled={!changed || !valid} onClick={() => save(cal)}>
                  保存
                </BigButton>
              ) : (
                <Text className="card__meta">只有区教体局可以修改这些日期。</Text>
              )}
            </View>
          )
        }}
      </Loaded>
      {dialog}
    </Screen>
  )
}

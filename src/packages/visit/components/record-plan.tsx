// The personalised co-education plan (个性化共育方案), for a student who needs attention: goals and dated
// follow-ups that land on the teacher's home. Dates as chips (in a week, two weeks, …), at most 120 days out.
import { View } from '@tarojs/components'
import { Choices } from '@/client/ui/choice'
import { Field } from '@/client/ui/field'
import { inZone } from '@/core/time'
import type { RecordDraft } from '@/core/visit/record.rules'
import { TextList, Tick } from './record-lists'
import { LinkButton } from './link-button'

type Plan = NonNullable<RecordDraft['plan']>
const AFTER = [7, 14, 30, 60, 90]

function dateOptions(now: Date) {
  return AFTER.map((days) => {
    const d = inZone(now).add(days, 'day')
    return { value: d.format('YYYY-MM-DD'), label: `${days < 30 ? `${days / 7}周后` : `${days / 30}个月后`}（${d.format('M月D日')}）` }
  })
}

export function RecordPlan({ plan, onChange }: { plan: Plan | null | undefined; onChange: (p: Plan | null) => void }) {
  const options = dateOptions(new Date())
  const followUps = plan?.followUps.length ? plan.followUps : [{ date: options[1]!.value, text: '' }]
  const setFollowUp = (i: number, patch: Partial<Plan['followUps'][number]>) =>
    onChange({ goals: plan?.goals ?? [], followUps: followUps.map((f, j) => (j === i ? { ...f, ...patch } : f)) })
  return (
    <View className="card record-section">
      <Tick
        label="个性化共育方案"
        checked={!!plan}
        onChange={(on) => onChange(on ? { goals: [], followUps: [] } : null)}
        title="为孩子制定个性化共育方案"
        hint="需要特别关注的孩子才需要；跟进安排会出现在您的首页"
      />
      {plan ? (
        <View>
          <TextList
            label="共育目标"
            items={plan.goals}
            max={5}
            maxlength={100}
            addLabel="再加一个目标"
            onChange={(goals) => onChange({ ...plan, goals })}
          />
          {followUps.map((f, i) => (
            <View key={i} className="record-feedback">
              <Choices
                label={`跟进 ${i + 1} 的时间`}
                options={options.some((o) => o.value === f.date) ? options : [{ value: f.date, label: f.date }, ...options]}
                value={f.date}
                onChange={(date) => setFollowUp(i, { date })}
              />
              <Field label="跟进内容" value={f.text} maxlength={100} onInput={(text) => setFollowUp(i, { text })} />
            </View>
          ))}
          {followUps.length < 10 ? (
            <LinkButton onClick={() => onChange({ ...plan, followUps: [...followUps, { date: options[2]!.value, text: '' }] })}>
              ＋ 再加一次跟进
            </LinkButton>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

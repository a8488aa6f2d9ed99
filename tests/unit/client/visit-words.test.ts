// A visit in a list says whose time it is, and a cancelled one says who cancelled and why: never a
// time nobody agreed to (walkthrough #12). Visits are walked through the real negotiation.
import type { Side, Visit } from '../../../src/core/model/visit.schema'
import { toView } from '../../../src/api/routes/visits/view'
import { cancelWords, lastAgreedOption, splitDates, visitWhen } from '../../../src/client/ui/visit-words'
import { at, NOW } from '../../support/builders'
import { parent, proposed, teacher, walk } from '../../support/visit-walk'

const view = (v: Visit, side: Side) => toView(v, side, NOW, ['小明'])
const asked = { startAt: at('2026-12-07T10:00:00'), endAt: at('2026-12-07T11:00:00'), format: 'home' as const, place: null }

describe('a cancelled visit in a list', () => {
  const rescheduledThenCancelled = walk(
    proposed(),
    [parent, { kind: 'accept', optionId: 'o-1' }],
    [parent, { kind: 'reschedule', options: [asked], text: '那天要去医院' }],
    [teacher, { kind: 'cancel', reason: '学校临时安排培训' }],
  )

  it('shows the time once agreed, labelled 原定, never the reschedule request', () => {
    const v = view(rescheduledThenCancelled, 'parent')
    expect(v.agreed).toBeNull() // the reschedule cleared it: the thread still knows
    expect(lastAgreedOption(v)?.id).toBe('o-1')
    expect(visitWhen(v)).toBe('原定 12月3日（周四）下午3:00–4:00')
    expect(visitWhen(view(rescheduledThenCancelled, 'teacher'))).not.toContain('12月7日')
  })

  it('says who cancelled and why, to each reader', () => {
    expect(cancelWords(view(rescheduledThenCancelled, 'parent'), parent.userId)).toBe('王芳老师取消了：学校临时安排培训')
    expect(cancelWords(view(rescheduledThenCancelled, 'teacher'), teacher.userId)).toBe('您取消了：学校临时安排培训')
    const byParent = walk(proposed(), [parent, { kind: 'cancel', reason: '孩子生病' }])
    expect(cancelWords(view(byParent, 'parent'), parent.userId)).toBe('您取消了：孩子生病')
    expect(cancelWords(view(byParent, 'parent'), 'usr-other-guardian')).toBe('孩子的另一位家长取消了：孩子生病')
    expect(cancelWords(view(byParent, 'teacher'), teacher.userId)).toBe('家长取消了：孩子生病')
  })

  it('has no time at all when none was ever agreed', () => {
    const v = view(walk(proposed(), [teacher, { kind: 'cancel', reason: '临时有事' }]), 'parent')
    expect(visitWhen(v)).toBe('')
  })
})

describe('a visit still being arranged', () => {
  it('labels the offered time by whose offer it is', () => {
    expect(visitWhen(view(proposed(), 'parent'))).toBe('王芳老师给的时间：12月3日（周四）下午3:00–4:00 等2个时间')
    expect(visitWhen(view(proposed(), 'teacher'))).toBe('您给的时间：12月3日（周四）下午3:00–4:00 等2个时间')
    const countered = walk(proposed(), [parent, { kind: 'counter', options: [asked], text: '' }])
    expect(visitWhen(view(countered, 'teacher'))).toBe('家长给的时间：12月7日（周一）上午10:00–11:00')
  })

  it('shows an agreed visit by its window and format', () => {
    const agreed = walk(proposed(), [parent, { kind: 'accept', optionId: 'o-1' }])
    expect(visitWhen(view(agreed, 'parent'))).toBe('12月3日（周四）下午3:00–4:00 · 入户')
  })
})

describe('dates kept on one line', () => {
  it('splits running text into words and unbreakable dates and times', () => {
    expect(splitDates('王老师想在 12月5日（周六）晚上6:30–7:30 到家里来看看孩子')).toEqual([
      '王老师想在 ',
      '12月5日（周六）',
      '',
      '晚上6:30–7:30',
      ' 到家里来看看孩子',
    ])
    expect(splitDates('已同意（2026年9月1日）')).toEqual(['已同意（', '2026年9月1日', '）'])
  })
})

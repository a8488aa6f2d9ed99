import { RecordSchema, DraftSchema, INTEGRITY_MESSAGE, STRENGTH_MESSAGE, sharedPart } from '../../../src/core/visit/record.rules'
import { canAmendAt, followUpDateProblem, followUpsOf, isDueSoon, isOverdue, recordDueBy } from '../../../src/core/visit/record.time'
import { sampleRecord } from '../../support/record'

const messages = (input: unknown) => {
  const r = RecordSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe('record schema', () => {
  test('a complete record passes', () => expect(messages(sampleRecord())).toEqual([]))

  test('at least one strength is required; a growth point alone is not enough', () => {
    expect(messages(sampleRecord({ feedback: [{ domain: 'study', kind: 'growth', text: '多读书' }] }))).toContain(STRENGTH_MESSAGE)
    expect(messages(sampleRecord({ feedback: [] }))).toContain(STRENGTH_MESSAGE)
  })

  test('the integrity declaration must be ticked', () => {
    expect(messages(sampleRecord({ integrity: false }))).toContain(INTEGRITY_MESSAGE)
    expect(messages({ ...sampleRecord(), integrity: undefined })).toContain('请勾选廉洁家访承诺')
  })

  test('at least one strategy; limits in Chinese', () => {
    expect(messages(sampleRecord({ strategies: [] }))).toContain('请至少写一条和家长商定的共育策略')
    expect(messages(sampleRecord({ strategies: ['读'.repeat(101)] }))).toContain('共育策略不能超过100个字')
    expect(messages(sampleRecord({ summary: '好'.repeat(301) }))).toContain('给家长的小结不能超过300个字')
    expect(messages(sampleRecord({ opinions: Array(11).fill('意见') }))).toContain('家长意见最多10条')
    expect(messages(sampleRecord({ guardian: { choice: 'parents', text: '字'.repeat(201) } }))).toContain('监护情况不能超过200个字')
    expect(messages({ ...sampleRecord(), guardian: { choice: 'aliens', text: '' } })).toContain('请选择监护情况')
    expect(messages({ ...sampleRecord(), extra: 1 }).length).toBeGreaterThan(0)
  })

  test('a draft may be partial but keeps the limits', () => {
    expect(DraftSchema.safeParse({ summary: '还没写完' }).success).toBe(true)
    expect(DraftSchema.safeParse({ feedback: [] }).success).toBe(true)
    expect(DraftSchema.safeParse({ summary: '好'.repeat(301) }).success).toBe(false)
  })

  test('the shared part holds the summary, strengths and strategies only', () => {
    const shared = sharedPart(RecordSchema.parse(sampleRecord()))
    expect(shared).toEqual({
      summary: '孩子在校积极向上，我们约定每天一起阅读。',
      strengths: [{ domain: 'study', text: '数学课上爱动脑筋' }],
      strategies: ['每天一起阅读二十分钟'],
    })
    expect(JSON.stringify(shared)).not.toMatch(/内部|户外|家务/)
  })
})

describe('due dates (Shanghai)', () => {
  test('due 5 days after the visit, by the Shanghai date', () => {
    // 23:30 Shanghai on 3 Dec (15:30 UTC) → 8 Dec; 00:30 Shanghai on 4 Dec is still 3 Dec in UTC → 9 Dec.
    expect(recordDueBy('2026-12-03T15:30:00.000Z')).toBe('2026-12-08')
    expect(recordDueBy('2026-12-03T16:30:00.000Z')).toBe('2026-12-09')
  })

  test('overdue only after the due day ends in Shanghai; due soon two days before', () => {
    const end = '2026-12-03T08:00:00.000Z' // due 2026-12-08
    expect(isOverdue(end, new Date('2026-12-08T15:59:00Z'))).toBe(false)
    expect(isOverdue(end, new Date('2026-12-08T16:00:00Z'))).toBe(true)
    expect(isDueSoon(end, new Date('2026-12-05T15:59:00Z'))).toBe(false)
    expect(isDueSoon(end, new Date('2026-12-05T16:00:00Z'))).toBe(true)
  })

  test('amendable for 7 days after the first submission', () => {
    expect(canAmendAt('2026-12-03T08:00:00.000Z', new Date('2026-12-10T08:00:00Z'))).toBe(true)
    expect(canAmendAt('2026-12-03T08:00:00.000Z', new Date('2026-12-10T08:00:01Z'))).toBe(false)
  })
})

describe('follow-ups', () => {
  const plan = (dates: string[]) => ({ plan: { goals: ['养成阅读习惯'], followUps: dates.map((date) => ({ date, text: '电话回访' })) } })
  test('listed in date order; none without a plan', () => {
    expect(followUpsOf(plan(['2027-01-10', '2026-12-20'])).map((f) => f.date)).toEqual(['2026-12-20', '2027-01-10'])
    expect(followUpsOf({ plan: null })).toEqual([])
  })
  test('dates from today to 120 days ahead (Shanghai)', () => {
    const now = new Date('2026-12-03T17:00:00Z') // 4 Dec 01:00 in Shanghai
    expect(followUpDateProblem(plan(['2026-12-04', '2027-04-03']), now)).toBeNull()
    expect(followUpDateProblem(plan(['2026-12-03']), now)).toMatch(/已经过去/)
    expect(followUpDateProblem(plan(['2027-04-04']), now)).toMatch(/120天以内/)
  })
})

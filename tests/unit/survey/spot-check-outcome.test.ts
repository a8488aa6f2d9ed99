// A spot-check call's outcome feeds 到位率 and disputes; a flagged record's texts reach the case library
// anonymised, without the internal notes.
import { RecordSchema } from '../../../src/core/visit/record.rules'
import { confirmationOfVisit } from '../../../src/core/survey/figures'
import { CALL_SCRIPT, SpotCheckOutcomeSchema, spotCheckDisputeReason, spotCheckEvidence } from '../../../src/core/survey/spot-check.outcome'
import { draftTypicalCase, typicalCaseTexts } from '../../../src/core/survey/typical-case'
import { sampleRecord } from '../../support/record'

const outcome = (o: Record<string, unknown>) =>
  SpotCheckOutcomeSchema.safeParse({ reached: true, tookPlace: null, satisfied: null, offered: null, ...o })

describe('spot-check outcome', () => {
  it('refuses answers from a family nobody reached', () => {
    const r = outcome({ reached: false, tookPlace: 'as_recorded' })
    expect(r.success ? '' : r.error.issues[0]!.message).toBe('没有联系上家长时，不能填写家长的回答')
    expect(outcome({ reached: false }).success).toBe(true)
  })

  it.each<[string, Record<string, unknown>, boolean | null, string | null, string]>([
    ['confirmed by phone', { tookPlace: 'as_recorded' }, true, null, 'confirmed'],
    ['denied by phone: a dispute opens', { tookPlace: 'not_held' }, false, 'not_held', 'disputed'],
    ['held differently', { tookPlace: 'different' }, false, 'different', 'disputed'],
    ['reached, no clear answer', {}, null, null, 'unconfirmed'],
    ['not reached', { reached: false }, null, null, 'unconfirmed'],
  ])('%s', (_, o, confirmed, reason, confirmation) => {
    const parsed = outcome(o)
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    const evidence = spotCheckEvidence(parsed.data, '2026-12-05T00:00:00Z')
    expect(evidence.confirmed).toBe(confirmed)
    expect(spotCheckDisputeReason(parsed.data)).toBe(reason)
    const visit = { visitId: 'v', periodId: 'p', completed: true, surveys: [], spotChecks: [evidence], disputes: [] }
    expect(confirmationOfVisit(visit)).toBe(confirmation)
  })

  it('has a short script that names nobody', () => {
    expect(CALL_SCRIPT.length).toBeLessThanOrEqual(6)
    for (const line of CALL_SCRIPT) expect(line).not.toMatch(/[某王李张]老师|\{/)
  })
})

describe('typical case draft', () => {
  const record = RecordSchema.parse(
    sampleRecord({
      summary: '王小明在三年级二班进步很大，妈妈李秀英很支持。',
      opinions: ['李秀英希望学校多组织户外活动，电话13812345678'],
      notes: '内部：王小明家里困难',
    }),
  )
  const known = { people: ['王小明', '李秀英'], classes: ['三年级二班'], schools: [], places: [] }

  it('takes every shown text, never the internal notes or empty ones', () => {
    const texts = typicalCaseTexts(record)
    expect(Object.keys(texts)).toEqual([
      'guardian.text',
      'feedback.0',
      'feedback.1',
      'strategies.0',
      'school.text',
      'opinions.0',
      'summary',
    ])
    expect(Object.values(texts).join()).not.toContain('内部')
  })

  it('anonymises them with the record’s names, each redaction listed for review', () => {
    const draft = draftTypicalCase(record, known)
    expect(draft.summary!.text).toBe('某某在某班进步很大，妈妈某某很支持。')
    expect(draft['opinions.0']!.text).toBe('某某希望学校多组织户外活动，电话[电话]')
    expect(draft['opinions.0']!.redactions.map((r) => r.kind)).toEqual(['person', 'phone'])
  })
})

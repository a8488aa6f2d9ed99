// Visit-record scenarios: a complete record, a complete prep pack, and a visit held in the past.
import type { RecordInput } from '../../src/core/visit/record.rules'

/** A record a teacher could submit: every topic chosen, one strength, one strategy, integrity ticked. */
export function sampleRecord(extra: Partial<RecordInput> = {}): RecordInput {
  const topic = { choice: 'good', text: '' } as const
  return {
    guardian: { choice: 'parents', text: '父母都在家' },
    environment: topic,
    expectations: { choice: 'all_round', text: '' },
    homeBehaviour: topic,
    studyHabits: topic,
    livingHabits: topic,
    feedback: [
      { domain: 'study', kind: 'strength', text: '数学课上爱动脑筋' },
      { domain: 'labour', kind: 'growth', text: '可以多做些家务' },
    ],
    strategies: ['每天一起阅读二十分钟'],
    guidance: { topics: ['reading'], text: '' },
    school: { given: true, text: '介绍了课后服务' },
    opinions: ['希望多组织户外活动'],
    plan: null,
    summary: '孩子在校积极向上，我们约定每天一起阅读。',
    notes: '内部：家长工作忙，下次换周末',
    integrity: true,
    ...extra,
  }
}

/** A complete prep pack for the visit (the prep gate passes): one helper for every test. */
export { completePrep } from './hold'

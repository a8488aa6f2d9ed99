// The record's history screen model: newest first, the parts changed from the version before, by label.
import { RecordSchema } from '../../../src/core/visit/record.rules'
import { changedParts, sameValue, versionHistory } from '../../../src/core/visit/record-history'
import { sampleRecord } from '../../support/record'

const record = (extra: Parameters<typeof sampleRecord>[0] = {}) => RecordSchema.parse(sampleRecord(extra))

describe('what changed between two versions', () => {
  test('nothing changed: no parts', () => {
    expect(changedParts(record(), record())).toEqual([])
  })

  test.each([
    [{ summary: '新的小结' }, ['给家长的小结']],
    [{ strategies: ['每天一起阅读二十分钟', '周末一起运动'] }, ['共育策略']],
    [{ guardian: { choice: 'grandparents', text: '父母都在家' } }, ['监护情况']],
    [{ guardian: { choice: 'parents', text: '父母都在家，奶奶帮忙' } }, ['监护情况']],
    [{ school: { given: false, text: '介绍了课后服务' } }, ['学校情况介绍']],
    [{ plan: { goals: ['阅读'], followUps: [] } }, ['个性化共育方案']],
    [{ notes: '', summary: '新的小结' }, ['给家长的小结', '内部备注']],
  ] as const)('%j → %j', (extra, labels) => {
    expect(changedParts(record(), record(extra as Parameters<typeof sampleRecord>[0]))).toEqual(labels)
  })

  test('routes as they take effect: no stored route and 班主任 are one choice; 学校 is a change', () => {
    const two = { opinions: ['想多开家长会', '食堂菜谱'] }
    expect(changedParts(record(two), record({ ...two, opinionRoutes: ['class', 'class'] }))).toEqual([])
    expect(changedParts(record(two), record({ ...two, opinionRoutes: ['class', 'school'] }))).toEqual(['家长意见转给谁'])
  })

  test('key order does not count as a change; array order does', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue({ a: null }, { a: undefined })).toBe(false)
    expect(sameValue([], {})).toBe(false)
  })
})

describe('the version list', () => {
  test('newest first; the first submission has no changes; each later one against the one before it', () => {
    const v1 = { n: 1, at: '2026-12-01T08:00:00.000Z', record: record() }
    const v2 = { n: 2, at: '2026-12-02T08:00:00.000Z', record: record({ summary: '补充' }) }
    const v3 = { n: 3, at: '2026-12-03T08:00:00.000Z', record: record({ summary: '补充', opinions: ['想多开家长会'] }) }
    expect(versionHistory([v3, v1, v2])).toEqual([
      { n: 3, at: v3.at, changes: ['家长意见'] },
      { n: 2, at: v2.at, changes: ['给家长的小结'] },
      { n: 1, at: v1.at, changes: null },
    ])
  })
})

// Tickets from a record's opinions and from a parent's suggestion: deterministic ids (an amended record or a
// retried suggestion writes the same ticket), routing to the head teacher or the school, opaque ids.
import { ticketFromSuggestion, ticketsFromRecord } from '../../../src/core/survey/ticket.sources'
import { caseTextLabel, recordTicketId, typicalCaseId } from '../../../src/core/survey/typical-case.schema'

const now = new Date('2026-12-01T02:00:00.000Z')
const cls = { classId: 'cls-1', headTeacherId: 'stf-head' }
const record = (opinions: string[]) => ({ visitId: 'vis-1', schoolId: 'sch-1', familyId: 'fam-1', opinions })

test('one class ticket per distinct opinion; the same text gives the same id in every version', () => {
  const v1 = ticketsFromRecord(record(['多组织户外活动', ' 多组织户外活动 ', '作业少一点']), cls, now)
  expect(v1.map((t) => [t.text, t.route, t.ownerId, t.source, t.parentUserId])).toEqual([
    ['多组织户外活动', 'class', 'stf-head', 'record', null],
    ['作业少一点', 'class', 'stf-head', 'record', null],
  ])
  const v2 = ticketsFromRecord(record(['作业少一点', '新意见']), cls, new Date('2026-12-05T02:00:00.000Z'))
  expect(v2[0]!._id).toBe(v1[1]!._id)
  expect(v2[1]!._id).not.toBe(v1[0]!._id)
  expect(ticketsFromRecord(record([]), cls, now)).toEqual([])
})

test('a class without a head teacher sends opinions to the school', () => {
  const [t] = ticketsFromRecord(record(['食堂']), { classId: 'cls-1', headTeacherId: null }, now)
  expect(t).toMatchObject({ route: 'school', ownerId: null, classId: 'cls-1' })
})

test('each opinion goes where the teacher chose; an opinion without a choice (an older record) goes to the class', () => {
  const r = { ...record(['多组织户外活动', '食堂菜谱', '作业少一点']), opinionRoutes: ['class', 'school'] as const }
  expect(ticketsFromRecord(r, cls, now).map((t) => [t.text, t.route, t.ownerId])).toEqual([
    ['多组织户外活动', 'class', 'stf-head'],
    ['食堂菜谱', 'school', null],
    ['作业少一点', 'class', 'stf-head'],
  ])
  const ids = ticketsFromRecord(r, cls, now).map((t) => t._id)
  expect(ticketsFromRecord(record(['多组织户外活动', '食堂菜谱', '作业少一点']), cls, now).map((t) => t._id)).toEqual(ids)
})

test("a suggestion is keyed by the parent's request: a retry is the same ticket, another parent's is not", () => {
  const s = { userId: 'usr-1', requestId: 'req-1', schoolId: 'sch-1', familyId: 'fam-1', to: 'school' as const, text: ' 公布菜谱 ' }
  const a = ticketFromSuggestion(s, cls, now)
  expect(a).toMatchObject({ route: 'school', ownerId: null, text: '公布菜谱', state: 'open', createdAt: '2026-12-01T02:00:00.000Z' })
  expect(ticketFromSuggestion(s, cls, now)._id).toBe(a._id)
  expect(ticketFromSuggestion({ ...s, userId: 'usr-2' }, cls, now)._id).not.toBe(a._id)
  expect(ticketFromSuggestion({ ...s, to: 'class' }, cls, now)).toMatchObject({ route: 'class', ownerId: 'stf-head' })
})

test('ids do not reveal the visit; text keys get their headings', () => {
  expect(typicalCaseId('vis-1')).not.toContain('vis-1')
  expect(recordTicketId('vis-1', 'x')).not.toContain('vis-1')
  expect(typicalCaseId('vis-1')).toBe(typicalCaseId('vis-1'))
  expect([caseTextLabel('feedback.3'), caseTextLabel('guardian.text'), caseTextLabel('plan.followUps.0')]).toEqual([
    '德智体美劳反馈',
    '监护情况',
    '跟进安排',
  ])
})

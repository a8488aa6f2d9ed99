// The scheduler's "due" field: each step moves dueAt to the next one (send now, remind at +3 days,
// close at +14), and nothing is due once answered or closed; an answer sent again compares equal.
import { nextDueAt, nextStep, questionnairesFor, stepPatch, type Questionnaire } from '../../../src/core/survey/questionnaire.rules'
import { isSameAnswer } from '../../../src/core/survey/survey-answer.schema'

const created = new Date('2026-12-02T09:00:00.000Z')
const record = { schoolId: 's', visitId: 'v', familyId: 'f', participants: [{ guardianId: 'g', userId: 'u' }] }
const fresh = () => questionnairesFor(record, 'v1', created)[0]!
const step = (q: Questionnaire, now: string): Questionnaire => ({ ...q, ...stepPatch(nextStep(q, new Date(now))!, new Date(now), q) })

test('dueAt walks send → remind (+3 days from sending) → close (+14) → null', () => {
  const q = fresh()
  expect(q.dueAt).toBe(q.createdAt)
  const sent = step(q, '2026-12-02T10:00:00.000Z')
  expect(sent.dueAt).toBe('2026-12-05T10:00:00.000Z')
  const reminded = step(sent, sent.dueAt!)
  expect(reminded).toMatchObject({ remindedAt: '2026-12-05T10:00:00.000Z', dueAt: '2026-12-16T10:00:00.000Z' })
  const closed = step(reminded, reminded.dueAt!)
  expect(closed).toMatchObject({ closedAt: '2026-12-16T10:00:00.000Z', dueAt: null })
})

test('a step is owed exactly when dueAt has come, and nothing once answered', () => {
  const sent = step(fresh(), '2026-12-02T10:00:00.000Z')
  expect(nextStep(sent, new Date(Date.parse(sent.dueAt!) - 1))).toBeNull()
  expect(nextStep(sent, new Date(sent.dueAt!))).toBe('remind')
  expect(nextDueAt({ ...sent, answeredAt: '2026-12-03T00:00:00.000Z' })).toBeNull()
})

test('the same answer in another key order is the same; another value is not', () => {
  const doc = { version: 'v1', values: { a: 'x', b: true } }
  expect(isSameAnswer(doc, { version: 'v1', values: { b: true, a: 'x' } })).toBe(true)
  expect(isSameAnswer(doc, { version: 'v1', values: { a: 'y', b: true } })).toBe(false)
  expect(isSameAnswer(doc, { version: 'v2', values: { a: 'x', b: true } })).toBe(false)
})

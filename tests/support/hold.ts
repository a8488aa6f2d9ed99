// Holding-a-visit scenarios: an agreed visit of a demo family, its prep pack completed directly in the DB.
import type { TestServer } from './test-server'
import { ok } from './test-server'
import { proposeVisit, slot, type DemoFamily } from './visits'

/** A complete prep pack (a strength, a question, the talk with the student), written as the prep page would. */
export async function completePrep(srv: TestServer, visitId: string, schoolId: string) {
  await srv.direct.insert('visit_preps', {
    _id: visitId,
    visitId,
    schoolId,
    outline: [{ domain: 'study', kind: 'strength', text: '上课发言积极' }],
    questions: ['孩子在家怎么安排作业时间？'],
    talkedWithStudent: true,
    updatedAt: '2026-12-01T02:00:00.000Z',
    updatedBy: 'test',
  })
}

/** Proposed with one time (day `day` of December 2026, Shanghai) and accepted by the parent. */
export async function agreedOn(
  srv: TestServer,
  teacher: string,
  family: DemoFamily,
  day: string,
  format: Format = 'home',
  from = '15:00',
  to = '16:00',
) {
  const v = await proposeVisit(srv, teacher, family, [slot(day, from, to, format)])
  const command = { kind: 'accept' as const, optionId: v.options[0]!.id }
  return ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
}
type Format = 'home' | 'video' | 'school' | 'group'

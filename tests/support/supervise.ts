// Supervision scenarios: visits of the demo class completed through the real flow (agreed, prepared,
// recorded), so their claims are what the plan board and the spot-check read.
import { demo } from './demo'
import { familyNo, headTeacher, proposal } from './covisit'
import { completePrep, sampleRecord } from './record'
import { ok, type TestServer } from './test-server'

/** Family `i` of the demo class visited on `day` (December 2026) 15:00 and its record submitted at 16:30. */
export async function completedVisit(srv: TestServer, i: number, day: string, at: (iso: string) => void, record = sampleRecord()) {
  const family = familyNo(i)
  at('2026-12-01T02:00:00.000Z')
  const v = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, day)))
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId: v.visitId }))
  const command = { kind: 'accept' as const, optionId: p.options[0]!.id }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: p.version, command }))
  await completePrep(srv, v.visitId, demo.schoolId)
  at(`2026-12-${day}T08:30:00.000Z`)
  ok(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId: v.visitId, record }))
  return { visitId: v.visitId, familyId: family.student.familyId, parent: family.parent }
}

// Questionnaire scenarios: a home visit held and recorded, with the guardians who took part; a second
// guardian of the family given a bound account of their own (a grandparent on WeChat).
import { demo } from './demo'
import { agreedOn, completePrep } from './hold'
import { sampleRecord } from './record'
import { ok, type TestServer } from './test-server'
import type { DemoFamily } from './visits'

export const guardiansOf = (familyId: string) => demo.guardians.filter((g) => g.familyId === familyId)

/** Gives the family's `k`-th guardian an account with an approved binding; returns its user id. */
export async function bindGuardian(srv: TestServer, family: DemoFamily & { student: { familyId: string; classId: string } }, k: number) {
  const g = guardiansOf(family.student.familyId)[k]!
  const userId = `usr-test-${g._id}`
  const at = '2026-11-20T02:00:00.000Z'
  await srv.direct.update('guardians', g._id, { userId, offline: false })
  await srv.direct.insert('users', {
    _id: userId,
    openid: null,
    name: g.name,
    staffId: null,
    guardianIds: [g._id],
    districtId: null,
    createdAt: at,
  })
  await srv.direct.insert('bindings', {
    _id: `bnd-${userId}`,
    schoolId: demo.schoolId,
    classId: family.student.classId,
    userId,
    studentId: family.student._id,
    guardianId: g._id,
    relation: g.relation,
    status: 'approved',
    createdAt: at,
    decidedAt: at,
    decidedBy: 'test',
    applicantName: g.name,
    consent: { guardian: null, sensitive: null },
  })
  return { userId, guardianId: g._id }
}

/**
 * A home visit on 2 December at `hour`:00 for an hour, prepared, checked in, checked out with
 * `guardianIds` taking part, and its record submitted half an hour later. `setNow` moves the server's clock.
 */
export async function recordedVisit(
  srv: TestServer,
  setNow: (iso: string) => void,
  teacher: string,
  family: DemoFamily,
  guardianIds: string[],
  hour = 15,
) {
  const hh = (h: number) => String(h).padStart(2, '0')
  const t = (h: number, m = '00') => `2026-12-02T${hh(h)}:${m}:00+08:00`
  setNow('2026-12-01T02:00:00.000Z')
  const { visitId } = await agreedOn(srv, teacher, family, '02', 'home', `${hh(hour)}:00`, `${hh(hour + 1)}:00`)
  await completePrep(srv, visitId, demo.schoolId)
  setNow(t(hour))
  ok(await srv.call(teacher, 'visits', 'checkIn', { visitId }))
  setNow(t(hour + 1))
  const participants = {
    guardians: guardianIds.map((guardianId) => ({ guardianId, presence: 'in_person' as const })),
    staffIds: [demo.staffOf(teacher)._id],
  }
  ok(await srv.call(teacher, 'visits', 'checkOut', { visitId, participants }))
  setNow(t(hour + 1, '30'))
  ok(await srv.call(teacher, 'visits', 'submitRecord', { visitId, record: sampleRecord() }))
  return visitId
}

/** An answer to v1: everything fine unless `values` says otherwise. */
export const answerV1 = (values: Record<string, string | boolean> = {}) => ({
  version: 'v1',
  values: { took_place: 'as_recorded', satisfaction: 'satisfied', respectful: true, strengths_first: true, offered: false, ...values },
})

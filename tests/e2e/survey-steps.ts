// Steps shared by the questionnaire browser tests: a home visit held today and its record submitted
// through the API, then the scheduler run that sends the questionnaire.
import { runScheduler } from '../../src/api/scheduler'
import { demo } from '../support/demo'
import { completePrep } from '../support/hold'
import { sampleRecord } from '../support/record'
import { ok, type TestServer } from '../support/test-server'
import { E2E_NOW } from './fixtures'

const CLASS_ID = 'cls-qs-2-1'
export const teacherId = demo.headTeacher(CLASS_ID)
export const family = demo.familiesOf(CLASS_ID).find((f) => demo.approvedChildren(f.parent).length === 1)!
const guardian = demo.guardians.find((g) => g.userId === family.parent)!

/** Agreed for today 10:30 (the E2E clock says 10:00), checked in early, out with the parent taking part, recorded. */
export async function recordedToday(srv: TestServer) {
  const option = { startAt: '2026-12-01T10:30:00+08:00', endAt: '2026-12-01T11:30:00+08:00', format: 'home' as const, place: null }
  const v = ok(
    await srv.call(teacherId, 'visits', 'propose', { studentId: family.student._id, topic: '聊聊孩子的阅读', options: [option] }),
  )
  const command = { kind: 'accept' as const, optionId: v.options[0]!.id }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
  await completePrep(srv, v.visitId, demo.schoolId)
  ok(await srv.call(teacherId, 'visits', 'checkIn', { visitId: v.visitId }))
  const participants = {
    guardians: [{ guardianId: guardian._id, presence: 'in_person' as const }],
    staffIds: [demo.staffOf(teacherId)._id],
  }
  ok(await srv.call(teacherId, 'visits', 'checkOut', { visitId: v.visitId, participants }))
  ok(await srv.call(teacherId, 'visits', 'submitRecord', { visitId: v.visitId, record: sampleRecord() }))
  return v.visitId
}

/** The scheduler's run at the frozen now: sends the questionnaires that are due (no real messages). */
export const sendQuestionnaires = (srv: TestServer) =>
  runScheduler({ store: srv.store, notifier: { idempotent: true, send: async () => ({ ok: true as const }) } }, E2E_NOW, {
    pause: async () => {},
  })

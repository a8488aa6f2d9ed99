// The last places a child who left still showed: of a family with two children, one leaves. The
// teacher's worklist and time suggestions name only the child on roll, a parent's new suggestion goes
// to that child's class and names only them; a binding request pending for the leaver ends with the
// import that marks them, and one left pending (marked by other means) is neither offered nor approvable.
import { settleRoster } from '../../src/api/roster-import/leavers'
import type { Family, Student } from '../../src/core/model/family.schema'
import { writes } from '../../src/core/ports/writes'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { demo } from '../support/demo'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, now } = serverOnMovedClock()

const parent = demo.parentOfSiblings()
const [leaver, stayer] = demo.approvedChildren(parent).map((id) => demo.students.find((s) => s._id === id)!)
const userOfStaff = (staffId: string) => demo.users.find((u) => u.staffId === staffId)!._id
const ownerOf = async () => userOfStaff(((await srv.direct.get('families', stayer!.familyId)) as unknown as Family).ownerId!)
const student = async (id: string) => (await srv.direct.get('students', id)) as unknown as Student

/** A newcomer asks to be bound to the child (pending with their head teacher). */
async function requestFor(child: Pick<Student, 'classId' | 'name' | 'studentNo'>) {
  const { code } = ok(await srv.call(demo.headTeacher(child.classId), 'accounts', 'classInvite', { classId: child.classId }))
  const user = await srv.newcomer()
  const consent = { noticeVersion: PRIVACY_NOTICE.version, guardianConsent: true, sensitiveConsent: true }
  const input = { code, studentName: child.name, studentNo: child.studentNo, relation: 'grandmother', applicantName: '刘秀兰', ...consent }
  return ok(await srv.call(user, 'accounts', 'requestBinding', input as never)).bindingId
}
const pendingOf = async (classId: string) =>
  ok(await srv.call(demo.headTeacher(classId), 'accounts', 'pendingBindings', { classId })).pending.map((p) => p.bindingId)

let pendingBefore = ''
beforeAll(async () => {
  expect(leaver!.familyId).toBe(stayer!.familyId)
  pendingBefore = await requestFor(leaver!)
  expect(await pendingOf(leaver!.classId)).toContain(pendingBefore)
  await settleRoster(srv.store, demo.schoolId, [leaver!._id], now())
  expect((await student(leaver!._id)).leftAt).toBeTruthy()
})

test("the owner's worklist names only the child on roll", async () => {
  const row = ok(await srv.call(await ownerOf(), 'coverage', 'worklist', {})).rows.find((r) => r.familyId === stayer!.familyId)!
  expect(row.children.map((c) => c.name)).toEqual([stayer!.name])
  expect(row.studentId).toBe(stayer!._id)
})

test('time suggestions: the child on roll is named, the leaver refused as a child one does not answer for', async () => {
  const { suggestions } = ok(await srv.call(await ownerOf(), 'visits', 'suggest', { studentIds: [leaver!._id, stayer!._id] }))
  expect(suggestions[0]).toMatchObject({ studentId: leaver!._id, ok: false, code: 'VISIT.NOT_RESPONSIBLE' })
  expect(suggestions[1]).toMatchObject({ studentId: stayer!._id, ok: true, studentName: stayer!.name })
  // The leaver's own head teacher no longer answers for the family through them (as for proposing).
  const theirs = ok(await srv.call(demo.headTeacher(leaver!.classId), 'visits', 'suggest', { studentIds: [leaver!._id] }))
  expect(theirs.suggestions[0]).toMatchObject({ ok: false, code: 'VISIT.NOT_RESPONSIBLE' })
})

test("a parent's new suggestion goes to the class of the child on roll and names only them", async () => {
  ok(await srv.call(parent, 'surveys', 'suggest', { requestId: 'left-1', to: 'class', text: '希望多开放图书馆' }))
  const head = ok(await srv.call(demo.headTeacher(stayer!.classId), 'surveys', 'ticketsToAnswer', {}))
  expect(head.tickets.filter((t) => t.text === '希望多开放图书馆').map((t) => t.about)).toEqual([stayer!.name])
})

test("the import that marks a leaver ends their pending binding request; the head teacher's list no longer has it", async () => {
  expect((await srv.direct.get('bindings', pendingBefore)) as unknown).toMatchObject({ status: 'rejected', decidedBy: null })
  expect(await pendingOf(leaver!.classId)).not.toContain(pendingBefore)
  // Settling again (a retried step) changes nothing.
  await settleRoster(srv.store, demo.schoolId, [leaver!._id], now())
  expect((await srv.direct.get('bindings', pendingBefore)) as unknown).toMatchObject({ status: 'rejected' })
})

test('a request still pending for a child who left is not offered, and approving it is answered as a missing student', async () => {
  const other = demo.students.find((s) => s.classId === stayer!.classId && s._id !== stayer!._id && s.familyId !== stayer!.familyId)!
  const id = await requestFor(other)
  const { _v } = await student(other._id)
  expect((await srv.store.batch([writes.update('students', other._id, { leftAt: now().toISOString() }, _v)])).ok).toBe(true)
  expect(await pendingOf(other.classId)).not.toContain(id)
  const { _v: version } = (await srv.direct.get('bindings', id)) as unknown as { _v: number }
  const head = demo.headTeacher(other.classId)
  const answer = await srv.call(head, 'accounts', 'decideBinding', { bindingId: id, version, approve: true })
  const missing = await srv.call(head, 'accounts', 'registerOfflineGuardian', { studentId: 'stu-none', name: '王芳', relation: 'mother' })
  expect(answer).toEqual(missing)
  expect((await srv.direct.get('bindings', id)) as unknown).toMatchObject({ status: 'pending' })
})

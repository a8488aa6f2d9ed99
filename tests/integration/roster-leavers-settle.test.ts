// What settling a roster does for students who left, beyond the mark: the applicant of a pending binding
// request the import ended is told once, in plain words naming no one.
import { BINDING_ENDED_INBOX, settleRoster } from '../../src/api/roster-import/leavers'
import type { Student } from '../../src/core/model/family.schema'
import { pageLink } from '../../src/core/pages'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { demo } from '../support/demo'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, now } = serverOnMovedClock()
const CLASS = 'cls-qs-3-1'
const onlyChildren = demo.students.filter((s) => s.classId === CLASS && demo.students.filter((x) => x.familyId === s.familyId).length === 1)
const settle = (...students: Student[]) =>
  settleRoster(
    srv.store,
    demo.schoolId,
    students.map((s) => s._id),
    now(),
  )
const student = async (id: string) => (await srv.direct.get('students', id)) as unknown as Student

/** `user` asks to be bound to the child (pending with their head teacher). */
async function request(user: string, child: Student) {
  const { code } = ok(await srv.call(demo.headTeacher(child.classId), 'accounts', 'classInvite', { classId: child.classId }))
  const consent = { noticeVersion: PRIVACY_NOTICE.version, guardianConsent: true, sensitiveConsent: false }
  const input = { code, studentName: child.name, studentNo: child.studentNo, relation: 'grandfather', applicantName: '周建国', ...consent }
  return ok(await srv.call(user, 'accounts', 'requestBinding', input as never)).bindingId
}
const inbox = async (user: string) => ok(await srv.call(user, 'notify', 'inbox', { page: 0, pageSize: 20 })).items

describe('a pending binding request ended by the import', () => {
  const child = onlyChildren[0]!

  test('the applicant is told once, however often the step runs, in words that name no one', async () => {
    const user = await srv.newcomer()
    await request(user, child)
    await settle(child)
    await settle(child) // the step retried (a resumed job, the scheduler after a timeout)
    const items = await inbox(user)
    expect(items).toEqual([
      { id: expect.any(String), ...BINDING_ENDED_INBOX, page: pageLink('parentHome'), at: now().toISOString(), read: false },
    ])
    expect(items[0]!.body).toBe('您提交的绑定申请已结束：该学生已不在本校名册中。如有疑问，请联系班主任。')
    for (const personal of [child.name, child.studentNo, demo.className(CLASS), '周建国'])
      expect(JSON.stringify(items)).not.toContain(personal)
  })

  test('listed again, asked again and left again: told again (each ending its own message)', async () => {
    const user = await srv.newcomer()
    const again = onlyChildren[1]!
    await request(user, again)
    await settle(again)
    const { _v } = await student(again._id)
    expect(await srv.store.update('students', again._id, { leftAt: null }, _v)).toBe(true)
    await request(user, again)
    await settle(again)
    expect((await inbox(user)).map((i) => i.title)).toEqual([BINDING_ENDED_INBOX.title, BINDING_ENDED_INBOX.title])
  })

  test('nobody else is told: a request still pending for a child on roll stays pending, without a message', async () => {
    const user = await srv.newcomer()
    const stays = onlyChildren[2]!
    const id = await request(user, stays)
    await settle(onlyChildren[3]!)
    expect(await inbox(user)).toEqual([])
    expect((await srv.direct.get('bindings', id)) as unknown).toMatchObject({ status: 'pending' })
  })
})

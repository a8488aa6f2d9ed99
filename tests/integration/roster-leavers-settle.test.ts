// What settling a roster does for students who left, beyond the mark: the applicant of a pending binding
// request the import ended is told once, in plain words naming no one; the open follow-ups of a family
// whose children have all left are closed with a reason the archive shows; a student edited or marked
// between the step's read and its mark keeps the edit and the first mark.
import { markLeavers, settleRoster } from '../../src/api/roster-import/leavers'
import type { CollectionName } from '../../src/core/collections'
import { BINDING_ENDED, type Student } from '../../src/core/model/family.schema'
import type { FollowUp } from '../../src/core/model/record.schema'
import { pageLink } from '../../src/core/pages'
import type { DocStore } from '../../src/core/ports/doc-store'
import { followUpLine } from '../../src/core/visit/archive.rows'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { familyNo, headTeacher } from '../support/covisit'
import { demo, type DemoStudent } from '../support/demo'
import { sampleRecord } from '../support/record'
import { completedVisit } from '../support/supervise'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at, now } = serverOnMovedClock()
const CLASS = 'cls-qs-3-1'
const onlyChildren = demo.students.filter((s) => s.classId === CLASS && demo.students.filter((x) => x.familyId === s.familyId).length === 1)
const settle = (...students: DemoStudent[]) =>
  settleRoster(
    srv.store,
    demo.schoolId,
    students.map((s) => s._id),
    now(),
  )
const student = async (id: string) => (await srv.direct.get('students', id)) as unknown as Student

/** `user` asks to be bound to the child (pending with their head teacher). */
async function request(user: string, child: DemoStudent) {
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
      { id: expect.any(String), ...BINDING_ENDED, page: pageLink('parentHome'), at: now().toISOString(), read: false },
    ])
    expect(items[0]!.body).toBe('您提交的绑定申请已结束：该学生已不在本校名册中。如有疑问，请联系班主任。')
    for (const personal of [child.name, child.studentNo, demo.className(CLASS), '周建国'])
      expect(JSON.stringify(items)).not.toContain(personal)
    // Their home says the same (not that the head teacher refused it).
    const mine = ok(await srv.call(user, 'accounts', 'myConsents', {})).children
    expect(mine).toMatchObject([{ studentId: child._id, status: 'rejected', ended: true }])
  })

  test('a request the head teacher refused is not one the roster ended', async () => {
    const user = await srv.newcomer()
    const refused = onlyChildren[4]!
    const bindingId = await request(user, refused)
    const { _v: version } = (await srv.direct.get('bindings', bindingId)) as unknown as { _v: number }
    ok(await srv.call(demo.headTeacher(CLASS), 'accounts', 'decideBinding', { bindingId, version, approve: false }))
    const mine = ok(await srv.call(user, 'accounts', 'myConsents', {})).children
    expect(mine).toMatchObject([{ studentId: refused._id, status: 'rejected', ended: false }])
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
    expect((await inbox(user)).map((i) => i.title)).toEqual([BINDING_ENDED.title, BINDING_ENDED.title])
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

describe('the open follow-ups of a family whose children have all left', () => {
  const plan = { goals: ['坚持阅读'], followUps: [{ date: '2026-12-20', text: '回访阅读情况' }] }
  const followUp = async (visitId: string) => (await srv.direct.get('follow_ups', `${visitId}:0`)) as unknown as FollowUp
  let gone: string, stays: string
  /** A younger sibling at the school, who then leaves: the family keeps a child on roll. */
  const sibling = (familyId: string): DemoStudent => {
    const child = demo.students.find((s) => s.familyId === familyId)!
    return { ...child, _id: `${child._id}-sib`, studentNo: `${child.studentNo}9`, name: '林小雨', leftAt: null }
  }

  beforeAll(async () => {
    gone = (await completedVisit(srv, 0, '03', at, sampleRecord({ plan }))).visitId
    const kept = await completedVisit(srv, 1, '04', at, sampleRecord({ plan }))
    stays = kept.visitId
    const younger = sibling(kept.familyId)
    expect(await srv.direct.insert('students', younger)).toBe('ok')
    await settle(familyNo(0).student, younger)
  })

  test("are closed as 学生已离校, which the archive shows; they leave the owner's list", async () => {
    expect(await followUp(gone)).toMatchObject({ done: true, closedWhy: 'left' })
    const archive = ok(await srv.call(headTeacher(), 'visits', 'archive', { studentId: familyNo(0).student._id }))
    expect(archive.visits[0]!.followUps).toEqual([{ dueDate: '2026-12-20', text: '回访阅读情况', done: true, closed: '学生已离校' }])
    expect(followUpLine(archive.visits[0]!.followUps[0]!)).toBe('2026-12-20 回访阅读情况（已结束：学生已离校）')
    const listed = ok(await srv.call(headTeacher(), 'visits', 'myFollowUps', {})).followUps.map((f) => f.visitId)
    expect(listed).toEqual([stays])
  })

  test('a family with a child still on roll keeps its follow-up open', async () => {
    expect(await followUp(stays)).toMatchObject({ done: false, closedWhy: null })
  })

  test('settling again (a retried step) writes nothing', async () => {
    const before = [(await followUp(gone))._v, (await followUp(stays))._v]
    await settle(familyNo(0).student)
    expect([(await followUp(gone))._v, (await followUp(stays))._v]).toEqual(before)
  })
})

describe('marking a leaver edited at the same moment', () => {
  /** The store as the step sees it, with `edit` made just after the step's first read of students. */
  const editAfterFirstRead = (edit: () => Promise<unknown>): DocStore => {
    let edited = false
    return new Proxy(srv.store, {
      get: (target, key) => {
        if (key === 'getMany')
          return async (coll: CollectionName, ids: string[]) => {
            const docs = await target.getMany(coll, ids)
            if (coll === 'students' && !edited) await edit().then(() => (edited = true))
            return docs
          }
        const value = Reflect.get(target, key, target) as unknown
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
      },
    })
  }
  const earlier = '2026-11-30T02:00:00.000Z'

  test('a student edited between the read and the mark keeps the edit and is still marked', async () => {
    const child = onlyChildren[5]!
    const store = editAfterFirstRead(() => srv.store.update('students', child._id, { name: '张浩然' }))
    expect(await markLeavers(store, [child._id], now())).toBe(1)
    expect(await student(child._id)).toMatchObject({ name: '张浩然', leftAt: now().toISOString() })
  })

  test('a student marked by another run meanwhile keeps the first mark (the retention clock counts from it)', async () => {
    const child = onlyChildren[6]!
    const store = editAfterFirstRead(() => srv.store.update('students', child._id, { leftAt: earlier }))
    expect(await markLeavers(store, [child._id], now())).toBe(0)
    expect((await student(child._id)).leftAt).toBe(earlier)
  })
})

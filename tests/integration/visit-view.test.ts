// What each side reads about a visit beyond the negotiation: the teacher learns whether anyone in the
// family receives the app's messages (before and after proposing); a guardian sees only the children
// they are bound to.
import { demo } from '../support/demo'
import { ok, startTestServer, type TestServer } from '../support/test-server'
import { slot } from '../support/visits'

const now = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
let srv: TestServer
beforeEach(async () => {
  srv = await startTestServer({ clock: () => now })
})
afterEach(() => srv.close())

const CLASS_ID = 'cls-qs-4-2'
const head = demo.headTeacher(CLASS_ID)
const boundKid = demo.familiesOf(CLASS_ID)[0]!
/** A child whose family has registered guardians but nobody bound on WeChat. */
const offlineKid = demo.students.find((s) => s.classId === CLASS_ID && !demo.bindings.some((b) => b.studentId === s._id))!

describe('does the proposal reach anyone', () => {
  test('before proposing, the teacher learns whether anyone in the family is on WeChat, and who', async () => {
    const bound = ok(await srv.call(head, 'visits', 'familyReach', { studentId: boundKid.student._id }))
    expect(bound.reachable).toBe(true)
    const parent = demo.users.find((u) => u._id === boundKid.parent)!
    expect(bound.guardians.filter((g) => g.onWeChat).map((g) => g.guardianId)).toEqual(parent.guardianIds)

    const offline = ok(await srv.call(head, 'visits', 'familyReach', { studentId: offlineKid._id }))
    expect(offline).toMatchObject({ reachable: false, headClass: { classId: CLASS_ID } })
    expect(offline.guardians.length).toBeGreaterThan(0)
    expect(offline.guardians.every((g) => !g.onWeChat)).toBe(true)
  })

  test('the visit view says the same, and a withdrawn binding no longer counts', async () => {
    const v = ok(
      await srv.call(head, 'visits', 'propose', {
        studentId: boundKid.student._id,
        topic: '家访',
        options: [slot('14', '15:00', '16:00')],
      }),
    )
    expect(v.family?.reachable).toBe(true)
    for (const b of demo.bindings.filter((b) => b.userId === boundKid.parent))
      await srv.store.update('bindings', b._id, { status: 'revoked' })
    const after = ok(await srv.call(head, 'visits', 'get', { visitId: v.visitId }))
    expect(after.family?.reachable).toBe(false)
    expect(after.family?.guardians.some((g) => g.onWeChat)).toBe(false)
  })

  test('someone who may not see the student learns nothing, as for a missing one', async () => {
    const other = demo.headTeacher('cls-qs-3-1')
    const denied = await srv.call(other, 'visits', 'familyReach', { studentId: offlineKid._id })
    const missing = await srv.call(other, 'visits', 'familyReach', { studentId: 'stu-nobody' })
    expect(denied).toEqual(missing)
    expect(denied).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    expect(await srv.call(boundKid.parent, 'visits', 'familyReach', { studentId: boundKid.student._id })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
  })
})

describe('a guardian sees only the children they are bound to', () => {
  const parent = demo.parentOfSiblings()
  const [kept, dropped] = demo.approvedChildren(parent).map((id) => demo.students.find((s) => s._id === id)!)

  test('a sibling the guardian is not bound to is not named in the visit, its receipt or the list', async () => {
    const binding = demo.bindings.find((b) => b.userId === parent && b.studentId === dropped!._id)!
    await srv.store.update('bindings', binding._id, { status: 'revoked' })
    const teacher = demo.headTeacher(kept!.classId)
    const proposed = ok(
      await srv.call(teacher, 'visits', 'propose', { studentId: kept!._id, topic: '家访', options: [slot('14', '15:00', '16:00')] }),
    )
    // The teacher's view covers the whole family.
    expect(proposed.studentNames.sort()).toEqual([kept!.name, dropped!.name].sort())

    const seen = ok(await srv.call(parent, 'visits', 'get', { visitId: proposed.visitId }))
    expect(seen.studentNames).toEqual([kept!.name])
    const accepted = ok(
      await srv.call(parent, 'visits', 'respond', {
        visitId: seen.visitId,
        version: seen.version,
        command: { kind: 'accept', optionId: seen.options[0]!.id },
      }),
    )
    expect(accepted.studentNames).toEqual([kept!.name])
    expect(accepted.receipt?.studentNames).toEqual([kept!.name])
    const list = ok(await srv.call(parent, 'visits', 'myFamilyVisits', {}))
    expect(list.visits.flatMap((v) => v.studentNames)).toEqual([kept!.name])
  })
})

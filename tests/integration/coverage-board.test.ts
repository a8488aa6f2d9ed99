// The leaders' plan board and the lists behind its numbers, against a hand count of the demo school,
// before and after visits are proposed, agreed and held; who may see it; its cost as the school grows.
import { demo } from '../support/demo'
import { addFamilies, handFamilies, reachableFamily } from '../support/coverage'
import { warmRoundTrips } from '../support/round-trips'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { agreedVisit, proposeVisit, slot } from '../support/visits'

const { srv, at } = serverOnMovedClock()

const CLASS = 'cls-qs-3-1'
const principal = demo.principal()
const hand = handFamilies()
const inClass = hand.filter((f) => f.classId === CLASS)
const board = async (who = principal) => ok(await srv.call(who, 'coverage', 'board', {}))
const classTally = async () => (await board()).grades.flatMap((g) => g.classes).find((c) => c.classId === CLASS)!.tally

describe('plan board', () => {
  test('before any visit: every family of the school is due, special ones each semester', async () => {
    const b = await board()
    expect(b.semester.label).toBe('2026–2027学年秋季学期')
    expect(b.year.label).toBe('2026–2027学年')
    expect(b.school.required).toBe(hand.length)
    expect(b.school.specialRequired).toBe(hand.filter((f) => f.special).length)
    expect(b.school.unclaimed).toBe(hand.length)
    expect(b.grades.map((g) => g.label)).toEqual(['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'])
    for (const c of b.grades.flatMap((g) => g.classes)) expect(c.tally.required).toBe(hand.filter((f) => f.classId === c.classId).length)
    expect(b.leadership.map((l) => l.role).sort()).toEqual(['校长', '校领导'])
    expect(b.canAssign).toBe(true)
  })

  test('proposed, agreed and held visits count where the rules say; the lists behind the numbers agree', async () => {
    const head = demo.headTeacher(CLASS)
    const special = reachableFamily(CLASS, true)
    const other = reachableFamily(CLASS, false)
    await agreedVisit(srv, head, special, slot('03', '15:00', '16:00'))
    await proposeVisit(srv, head, other, [slot('08', '15:00', '16:00')])
    const specials = inClass.filter((f) => f.special).length
    expect(await classTally()).toMatchObject({
      required: inClass.length,
      proposed: 2,
      scheduled: 1,
      held: 0,
      unclaimed: inClass.length - 2,
      specialNotVisited: specials,
    })
    at('2026-12-04T02:00:00.000Z') // the agreed time has passed
    expect(await classTally()).toMatchObject({ scheduled: 1, held: 1, completed: 0, specialNotVisited: specials - 1, recordsOverdue: 0 })
    // Held on 3 Dec with no record: due by 8 Dec, overdue from 9 Dec (Shanghai).
    at('2026-12-08T15:00:00.000Z') // 8 Dec 23:00
    expect((await classTally()).recordsOverdue).toBe(0)
    at('2026-12-08T16:00:00.000Z') // 9 Dec 00:00
    expect((await classTally()).recordsOverdue).toBe(1)
    expect((await board()).school.recordsOverdue).toBe(1)
    at('2026-12-04T02:00:00.000Z')
    const held = ok(await srv.call(principal, 'coverage', 'families', { scope: `class:${CLASS}`, measure: 'held' }))
    expect(held.total).toBe(1)
    expect(held.rows.map((r) => r.familyId)).toEqual([special.student.familyId])
    expect(held.rows[0]).toMatchObject({ everySemester: true, claim: { state: '已约定', teacherName: demo.nameOf(head) } })
    const unclaimed = ok(await srv.call(principal, 'coverage', 'families', { scope: 'grade:3', measure: 'unclaimed' }))
    const grade3 = hand.filter((f) => f.classId.startsWith('cls-qs-3-'))
    expect(unclaimed.total).toBe(grade3.length - 2)
    expect(unclaimed.rows).toHaveLength(Math.min(20, grade3.length - 2))
    const page2 = ok(await srv.call(principal, 'coverage', 'families', { scope: 'grade:3', measure: 'unclaimed', page: 1 }))
    const listed = [...unclaimed.rows, ...page2.rows].map((r) => r.familyId)
    expect(new Set(listed).size).toBe(grade3.length - 2)
    expect(listed).not.toContain(other.student.familyId)
    // Names and class, never the category itself.
    expect(JSON.stringify(unclaimed)).not.toMatch(/离异|单亲|留守|低保|残疾|特困|外来务工|建档立卡/)
    expect(unclaimed.rows[0]!.children[0]!.className).toMatch(/^三年级/)
  })

  test('the leadership team’s own visits are listed on the board', async () => {
    const family = reachableFamily('cls-qs-5-2', false)
    await proposeVisit(srv, principal, family, [slot('10', '15:00', '16:00')])
    const me = (await board()).leadership.find((l) => l.role === '校长')!
    expect(me.total).toBe(1)
    const names = demo.students.filter((k) => k.familyId === family.student.familyId).map((k) => k.name)
    expect(me.visits).toEqual([
      {
        familyId: family.student.familyId,
        children: names.join('、'),
        state: '正在约时间',
        teacherName: demo.nameOf(principal),
        startAt: null,
      },
    ])
  })

  test('middle managers see the board but cannot reassign; teachers, parents and other schools cannot see it', async () => {
    const middle = demo.withRole('middle_manager')
    expect((await board(middle)).canAssign).toBe(false)
    expect(ok(await srv.call(middle, 'coverage', 'families', { scope: 'school', measure: 'required' })).staff).toEqual([])
    for (const who of [demo.headTeacher(CLASS), demo.parentOfSiblings(), demo.admin()]) {
      const res = await srv.call(who, 'coverage', 'board', {})
      expect(res.ok ? null : res.error.code).toBe('AUTH.FORBIDDEN')
    }
    const other = demo.principal(demo.otherSchoolId)
    const res = await srv.call(other, 'coverage', 'families', { scope: `class:${CLASS}`, measure: 'required' })
    expect(res.ok ? null : res.error).toEqual({ code: 'DATA.NOT_FOUND', message: '班级不存在或已被删除' })
    expect((await board(other)).school.required).toBe(handFamilies(demo.otherSchoolId).length)
  })

  test('bad input is refused in Chinese and changes nothing', async () => {
    const before = await fingerprint(srv.direct)
    for (const input of [
      { scope: 'everywhere', measure: 'held' },
      { scope: 'school', measure: 'all' },
      { scope: 'school', measure: 'held', page: -1 },
    ]) {
      const res = await srv.callRaw(principal, 'coverage', 'families', input)
      expect(res.ok ? null : res.error.code).toBe('INPUT.INVALID')
      expect(res.ok ? '' : res.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect((await srv.callRaw(principal, 'coverage', 'board', { extra: 1 })).ok).toBe(false)
    expect(await fingerprint(srv.direct)).toBe(before)
  })

  test('the board and a list read the database the same number of times with 200 more families', async () => {
    const trips = (fn: () => Promise<unknown>) => warmRoundTrips(srv.store, fn)
    const boardCall = () => board()
    const listCall = () => srv.call(principal, 'coverage', 'families', { scope: 'school', measure: 'unclaimed', page: 3 })
    const small = [await trips(boardCall), await trips(listCall)]
    await addFamilies(srv.store, 'fam-extra')
    expect((await board()).school.required).toBe(hand.length + 200)
    expect([await trips(boardCall), await trips(listCall)]).toEqual(small)
  })
})

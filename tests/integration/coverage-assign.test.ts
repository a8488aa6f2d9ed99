// Who visits whom: a leader reassigns one family, or applies the automatic assignment as one action.
// Roles, ownership, bad input, and a suggestion gone stale.
import { demo } from '../support/demo'
import { handFamilies, reachableFamily } from '../support/coverage'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { proposeVisit } from '../support/visits'

const { srv } = serverOnMovedClock()

const CLASS = 'cls-qs-3-1'
const principal = demo.principal()
const staffIdOf = (userId: string) => demo.staffOf(userId)._id
const subjectTeacher = demo.teacherOf(CLASS, true)
const listClass = async (who = principal) =>
  ok(await srv.call(who, 'coverage', 'families', { scope: `class:${CLASS}`, measure: 'required' })).rows
const refused = async (who: string, action: 'reassign' | 'applyAssignment' | 'suggestAssignment', input: unknown) => {
  const res = await srv.callRaw(who, 'coverage', action, input)
  return res.ok ? null : res.error
}

describe('reassign', () => {
  test('the family now belongs to the chosen teacher; a visit already under way stays with who arranged it', async () => {
    const head = demo.headTeacher(CLASS)
    const family = reachableFamily(CLASS, false)
    await proposeVisit(srv, head, family)
    const familyId = family.student.familyId
    const res = ok(await srv.call(principal, 'coverage', 'reassign', { familyId, staffId: staffIdOf(subjectTeacher) }))
    expect(res.message).toBe(`已改派给 ${demo.nameOf(subjectTeacher)}。这户本期的家访已由 ${demo.nameOf(head)} 安排，仍由其完成`)
    const row = (await listClass()).find((r) => r.familyId === familyId)!
    expect(row).toMatchObject({ ownerName: demo.nameOf(subjectTeacher), ownerWhy: '学校指派', claim: { teacherName: demo.nameOf(head) } })
  })

  test('only the principal and leaders reassign, only within their school, only to staff who visit', async () => {
    const familyId = reachableFamily(CLASS, true).student.familyId
    const input = { familyId, staffId: staffIdOf(subjectTeacher) }
    const before = await fingerprint(srv.store)
    for (const who of [demo.withRole('middle_manager'), demo.headTeacher(CLASS), demo.parentOfSiblings(), demo.admin()])
      expect((await refused(who, 'reassign', input))?.code).toBe('AUTH.FORBIDDEN')
    expect(await refused(demo.principal(demo.otherSchoolId), 'reassign', input)).toEqual({
      code: 'DATA.NOT_FOUND',
      message: '家庭不存在或已被删除',
    })
    const otherTeacher = staffIdOf(demo.headTeacherOfOtherSchool())
    const admin = staffIdOf(demo.admin())
    for (const staffId of [otherTeacher, admin, 'stf-nobody'])
      expect(await refused(principal, 'reassign', { familyId, staffId })).toEqual({
        code: 'DATA.NOT_FOUND',
        message: '老师不存在或已被删除',
      })
    for (const bad of [{ familyId }, { familyId, staffId: '' }, { familyId, staffId: 'x y' }, { ...input, extra: 1 }]) {
      const err = await refused(principal, 'reassign', bad)
      expect(err?.code).toBe('INPUT.INVALID')
      expect(err?.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(await fingerprint(srv.store)).toBe(before)
  })
})

describe('automatic assignment', () => {
  test('a suggestion gives every due family an owner and each leader their share; applied in one action', async () => {
    const s = ok(await srv.call(principal, 'coverage', 'suggestAssignment', { leaderShare: 4 }))
    expect(s.families).toBe(handFamilies().length)
    const leaders = demo.staff.filter((x) => x.schoolId === demo.schoolId && x.roles.some((r) => r === 'principal' || r === 'leader'))
    for (const l of leaders) expect(s.moves.filter((m) => m.to === l._id).length).toBeGreaterThanOrEqual(4)
    const move = s.moves[0]!
    expect(move.toName).toBe(demo.staff.find((x) => x._id === move.to)!.name)
    expect(move.children).not.toBe('')
    const res = ok(
      await srv.call(principal, 'coverage', 'applyAssignment', {
        moves: s.moves.map(({ familyId, to }) => ({ familyId, to })),
        basis: s.basis,
      }),
    )
    expect(res.applied).toBe(s.moves.length)
    const after = ok(await srv.call(principal, 'coverage', 'families', { scope: 'school', measure: 'required' }))
    expect(after.total).toBe(handFamilies().length)
    const families = await Promise.all(s.moves.map((m) => srv.store.get('families', m.familyId)))
    expect(families.map((f) => f!.ownerId)).toEqual(s.moves.map((m) => m.to))
    expect(
      ok(await srv.call(principal, 'coverage', 'suggestAssignment', { leaderShare: 4 })).moves.filter((m) =>
        leaders.some((l) => l._id === m.to),
      ),
    ).toEqual([])
  })

  test('a suggestion made before a family changed is refused, and nothing is written', async () => {
    const s = ok(await srv.call(principal, 'coverage', 'suggestAssignment', { leaderShare: 8 }))
    expect(s.moves.length).toBeGreaterThan(0)
    const moved = s.moves[0]!
    ok(await srv.call(principal, 'coverage', 'reassign', { familyId: moved.familyId, staffId: staffIdOf(subjectTeacher) }))
    const before = await fingerprint(srv.store)
    const input = { moves: s.moves.map(({ familyId, to }) => ({ familyId, to })), basis: s.basis }
    expect(await refused(principal, 'applyAssignment', input)).toEqual({ code: 'DATA.CONFLICT', message: '名单已变化，请重新生成分配建议' })
    expect(await refused(principal, 'applyAssignment', { ...input, basis: 'f'.repeat(64) })).toEqual({
      code: 'DATA.CONFLICT',
      message: '名单已变化，请重新生成分配建议',
    })
    expect(await fingerprint(srv.store)).toBe(before)
  })

  test('roles and bad input', async () => {
    const before = await fingerprint(srv.store)
    const middle = demo.withRole('middle_manager')
    expect((await refused(middle, 'suggestAssignment', {}))?.code).toBe('AUTH.FORBIDDEN')
    expect((await refused(middle, 'applyAssignment', { moves: [{ familyId: 'f', to: 's' }], basis: '0'.repeat(64) }))?.code).toBe(
      'AUTH.FORBIDDEN',
    )
    expect((await refused(demo.headTeacher(CLASS), 'suggestAssignment', {}))?.code).toBe('AUTH.FORBIDDEN')
    const bad = [
      [{ leaderShare: 0 }, '每位领导负责的户数不能小于1'],
      [{ leaderShare: 2.5 }, '每位领导负责的户数应是整数'],
    ] as const
    for (const [input, message] of bad)
      expect(await refused(principal, 'suggestAssignment', input)).toMatchObject({
        code: 'INPUT.INVALID',
        message: expect.stringContaining(message),
      })
    const tooMany = Array.from({ length: 2001 }, (_, i) => ({ familyId: `f${i}`, to: 's' }))
    expect((await refused(principal, 'applyAssignment', { moves: tooMany, basis: '0'.repeat(64) }))?.message).toContain(
      '一次最多调整2000户',
    )
    expect((await refused(principal, 'applyAssignment', { moves: [], basis: '0'.repeat(64) }))?.message).toContain('没有需要调整的家庭')
    expect(await fingerprint(srv.store)).toBe(before)
  })
})

// The district's school-year and semester dates: who may read and change them, and what a change does
// to visits already agreed (a visit counts in the period it takes place in).
import { claimId } from '../../src/api/routes/visits/access'
import { demo } from '../support/demo'
import { reachableFamily } from '../support/coverage'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { agreedVisit, proposeVisit } from '../support/visits'

const { srv } = serverOnMovedClock()

const district = demo.district()
const jan = (day: string, from: string, to: string) => ({
  startAt: `2027-01-${day}T${from}:00+08:00`,
  endAt: `2027-01-${day}T${to}:00+08:00`,
  format: 'home' as const,
  place: null,
})
const feb20 = { startAt: '2027-02-20T10:00:00+08:00', endAt: '2027-02-20T11:00:00+08:00', format: 'home' as const, place: null }
const refused = async (who: string, action: 'calendar' | 'setCalendar', input: unknown) => {
  const res = await srv.callRaw(who, 'coverage', action, input)
  return res.ok ? null : res.error
}

test('staff of the district read the dates; only the district may change them', async () => {
  const asTeacher = ok(await srv.call(demo.headTeacher(), 'coverage', 'calendar', {}))
  expect(asTeacher).toEqual({ districtName: '大武口区教育体育局', calendar: { yearStart: '09-01', springStart: '02-01' }, editable: false })
  expect(ok(await srv.call(district, 'coverage', 'calendar', {})).editable).toBe(true)
  expect((await refused(demo.parentOfSiblings(), 'calendar', {}))?.code).toBe('DATA.NOT_FOUND')
  const before = await fingerprint(srv.store)
  for (const who of [demo.principal(), demo.admin(), demo.headTeacher()])
    expect((await refused(who, 'setCalendar', { yearStart: '09-01', springStart: '02-15' }))?.code).toBe('AUTH.FORBIDDEN')
  const bad = [
    [{ yearStart: '9-1', springStart: '02-01' }, '学年开始日期请写成“月-日”，如 09-01'],
    [{ yearStart: '09-01', springStart: '13-01' }, '春季学期开始日期请写成“月-日”，如 09-01'],
    [{ yearStart: '09-01', springStart: '09-01' }, '春季学期开始日期不能和学年开始日期相同'],
    [{ yearStart: '09-01' }, '请补充'],
    [{ yearStart: '09-01', springStart: '02-01', extra: 1 }, ''],
  ] as const
  for (const [input, message] of bad) {
    const err = await refused(district, 'setCalendar', input)
    expect(err?.code).toBe('INPUT.INVALID')
    expect(err?.message).toContain(message)
    expect(err?.message).toMatch(/[\u4e00-\u9fa5]/)
  }
  expect(await fingerprint(srv.store)).toBe(before)
})

test('an earlier spring moves agreed January visits into spring, unless spring is already claimed for the family', async () => {
  const head = demo.headTeacher('cls-qs-5-1')
  const moving = reachableFamily('cls-qs-5-1', true)
  const staying = reachableFamily('cls-qs-5-1', true, [moving.student.familyId])
  const movingVisit = await agreedVisit(srv, head, moving, jan('20', '15:00', '16:00'))
  // The second family already has a visit proposed for spring, then one agreed for January.
  await proposeVisit(srv, head, staying, [feb20])
  const stayingVisit = await agreedVisit(srv, head, staying, jan('21', '15:00', '16:00'))
  const autumn = (f: typeof moving) => claimId(f.student.familyId, '2026-autumn')
  const spring = (f: typeof moving) => claimId(f.student.familyId, '2026-spring')
  expect(await srv.store.get('claims', autumn(moving))).not.toBeNull()

  const res = ok(await srv.call(district, 'coverage', 'setCalendar', { yearStart: '09-01', springStart: '01-15' }))
  expect(res).toEqual({ refiled: 1, kept: 1 })
  expect(await srv.store.get('claims', autumn(moving))).toBeNull()
  expect(await srv.store.get('claims', spring(moving))).toMatchObject({
    periodId: '2026-spring',
    visitId: movingVisit.visitId,
    state: 'scheduled',
  })
  expect(await srv.store.get('visits', movingVisit.visitId)).toMatchObject({ periodId: '2026-spring' })
  expect(await srv.store.get('claims', autumn(staying))).toMatchObject({ visitId: stayingVisit.visitId })
  expect(await srv.store.get('visits', stayingVisit.visitId)).toMatchObject({ periodId: '2026-autumn' })
  expect(ok(await srv.call(demo.headTeacher(), 'coverage', 'calendar', {})).calendar).toEqual({ yearStart: '09-01', springStart: '01-15' })
  // The board now counts the moved family under spring, which has not begun: autumn still due for it.
  const board = ok(await srv.call(demo.principal(), 'coverage', 'board', {}))
  expect(board.semester.last).toBe('2027-01-14')

  // Back to the default: the moved visit returns to autumn.
  expect(ok(await srv.call(district, 'coverage', 'setCalendar', { yearStart: '09-01', springStart: '02-01' }))).toEqual({
    refiled: 1,
    kept: 0,
  })
  expect(await srv.store.get('claims', autumn(moving))).toMatchObject({ visitId: movingVisit.visitId })
})

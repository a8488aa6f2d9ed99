// The school dashboard against a hand-built scenario in the demo school: one visit confirmed by the
// parent, one disputed, one agreed for later. Who may see it; the same figures as the plan board.
import { runScheduler } from '../../src/api/scheduler'
import { demo } from '../support/demo'
import { addFamilies, handFamilies } from '../support/coverage'
import { warmRoundTrips } from '../support/round-trips'
import { answerV1, guardiansOf, recordedVisit } from '../support/surveys'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at: setNow } = serverOnMovedClock()

const CLASS = 'cls-qs-2-1'
const principal = demo.principal()
const teacher = () => demo.headTeacher(CLASS)
const dashboard = async (who = principal) => ok(await srv.call(who, 'reports', 'schoolDashboard', {}))
const withAccount = () => demo.familiesOf(CLASS).filter((x) => demo.approvedChildren(x.parent).length === 1)

async function answer(visitId: string, values: Record<string, string | boolean>) {
  const [q] = await srv.direct.find('questionnaires', { where: { visitId }, limit: 5 })
  ok(await srv.call(q!.userId as string, 'surveys', 'answer', { id: q!._id, answer: answerV1(values) }))
}

beforeAll(async () => {
  const [a, b] = withAccount()
  const first = (f: typeof a) => [guardiansOf(f!.student.familyId).find((g) => g.userId === f!.parent)!._id]
  const confirmed = await recordedVisit(srv, setNow, teacher(), a!, first(a), 15)
  const disputed = await recordedVisit(srv, setNow, teacher(), b!, first(b), 17)
  // The scheduler sends the questionnaires; the parents answer the next day.
  await runScheduler(
    { store: srv.store, notifier: { idempotent: false, send: async () => ({ ok: true }) } },
    new Date('2026-12-02T12:00:00.000Z'),
    {
      pause: async () => {},
    },
  )
  setNow('2026-12-03T09:00:00.000Z')
  await answer(confirmed, { satisfaction: 'satisfied' })
  await answer(disputed, { took_place: 'not_held', satisfaction: 'dissatisfied' })
})

test('figures match the hand count: one family confirmed, one disputed, both held and completed', async () => {
  const d = await dashboard()
  const hand = handFamilies()
  const row = d.classes.find((c) => c.key === CLASS)!
  expect(row).toMatchObject({
    scope: `class:${CLASS}`,
    required: hand.filter((f) => f.classId === CLASS).length,
    held: 2,
    completed: 2,
    confirmed: 1,
  })
  expect(d.headline).toMatchObject({ required: hand.length, completed: 2, confirmed: 1, disputesOpen: 1, recordsOverdue: 0 })
  const [coverage, unconfirmed, satisfaction] = d.headline.figures
  expect([coverage!.numerator, coverage!.denominator, unconfirmed!.numerator]).toEqual([1, hand.length, 1])
  // Leaders see 满意率 over fewer than five answers: 1 of 2.
  expect([satisfaction!.numerator, satisfaction!.denominator, satisfaction!.text]).toEqual([1, 2, '50%'])
  const grade = d.grades.find((g) => g.key === 'grade:2')!
  expect(grade.required).toBe(d.classes.filter((c) => c.grade === 2).reduce((n, c) => n + c.required, 0))
  expect(d.teachers.find((t) => t.label === demo.nameOf(teacher()))).toMatchObject({ held: 2, completed: 2, confirmed: 1 })
  // The weekly trend ends (so far) on the same two counts; weeks to come are empty up to the deadline.
  const counted = d.trend.rows.filter((r) => r.completed !== null)
  expect(counted.at(-1)).toMatchObject({ completed: 2, confirmed: 1 })
  expect(d.trend).toMatchObject({ required: hand.length, deadline: d.semester.last })
  expect(d.trend.rows.length).toBeGreaterThan(counted.length)
  // Held visits by format add up to what the classes held; both visits here were agreed 入户 (home).
  expect(d.formats.map((f) => f.label)).toEqual(['入户', '视频', '到校', '分组', '电话'])
  expect(d.formats.reduce((n, f) => n + f.held, 0)).toBe(d.classes.reduce((n, c) => n + c.held, 0))
  // The plan board agrees on every shared number.
  // 已确认 taps through to the one confirmed family.
  const confirmed = ok(await srv.call(principal, 'coverage', 'families', { scope: `class:${CLASS}`, measure: 'confirmed' }))
  expect([confirmed.total, confirmed.measureLabel]).toEqual([1, '家长已确认'])
  const board = ok(await srv.call(principal, 'coverage', 'board', {}))
  expect(board.figures.map((f) => f.text)).toEqual(d.headline.figures.map((f) => f.text))
  expect(board.disputesOpen).toBe(d.headline.disputesOpen)
})

test('teacher sheet: the head teacher held, completed and had one confirmed; 满意率 withheld under five answers', async () => {
  const sheet = ok(await srv.call(principal, 'reports', 'teacherSheet', {}))
  const me = sheet.rows.find((r) => r.name === demo.nameOf(teacher()))!
  expect(me).toMatchObject({ held: 2, completed: 2, confirmed: 1, recordsOverdue: 0 })
  expect(me.satisfaction).toMatchObject({ text: '样本不足', withheld: true })
  expect(sheet.rows[0]!.staffId).toBe(me.staffId)
  const res = await srv.call(teacher(), 'reports', 'teacherSheet', {})
  expect(res.ok ? null : res.error.code).toBe('AUTH.FORBIDDEN')
})

test('teachers, parents and the administrator are refused as for the plan board; another school sees only its own', async () => {
  expect((await dashboard(demo.withRole('middle_manager'))).headline.required).toBe(handFamilies().length)
  for (const who of [teacher(), demo.parentOfSiblings(), demo.admin()]) {
    const res = await srv.call(who, 'reports', 'schoolDashboard', {})
    expect(res.ok ? null : res.error.code).toBe('AUTH.FORBIDDEN')
  }
  const other = await dashboard(demo.principal(demo.otherSchoolId))
  expect(other.headline).toMatchObject({ required: handFamilies(demo.otherSchoolId).length, completed: 0, disputesOpen: 0 })
  expect(other.classes.map((c) => c.key)).not.toContain(CLASS)
  expect(other.teachers).toEqual([])
})

test('the dashboard reads the database the same number of times with 200 more families', async () => {
  const trips = () => warmRoundTrips(srv.store, dashboard)
  const small = await trips()
  await addFamilies(srv.store, 'fam-x')
  expect(await trips()).toBe(small)
})

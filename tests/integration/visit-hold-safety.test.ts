// Lone-visit safety: "我需要帮助" tells the named colleague and the school contact (the principal) at once;
// no check-out 30 minutes after the agreed end tells them once, even when two job runs overlap. The
// texts carry the agreed time and the family's area only: never the child, never the address.
import { runScheduler } from '../../src/api/scheduler'
import type { Notifier } from '../../src/core/ports/notifier'
import { guardianOf, leader } from '../support/covisit'
import { demo } from '../support/demo'
import { agreedOn, completePrep } from '../support/hold'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

const CLASS = 'cls-qs-3-1'
const teacher = () => demo.headTeacher(CLASS)
/** The i-th family of the class (siblings share one family, hence one visit). */
const familyNo = (i: number) =>
  demo.familiesOf(CLASS).filter((f, k, all) => all.findIndex((g) => g.student.familyId === f.student.familyId) === k)[i]!
const colleague = () => demo.subjectTeacher()
const silent: Notifier = { idempotent: true, send: async () => ({ ok: true }) }
const runJob = (iso: string) => runScheduler({ store: srv.store, notifier: silent }, new Date(iso), { pause: async () => {} })
const inboxOf = async (userId: string) =>
  (await srv.direct.find('inbox', { where: { userId }, limit: 100 })) as unknown as Array<{ _id: string; body: string }>
const alertsOf = async (userId: string, kind: string) => (await inboxOf(userId)).filter((i) => i._id.startsWith(`inb-${kind}-`))

/** An agreed home visit on 2 December at `from`–`to`, prepared, checked in at its start (with a colleague, or none). */
async function checkedIn(i: number, from: string, to: string, withColleague = true) {
  at('2026-12-01T02:00:00.000Z')
  const family = familyNo(i)
  const { visitId } = await agreedOn(srv, teacher(), family, '02', 'home', from, to)
  await completePrep(srv, visitId, demo.schoolId)
  at(`2026-12-02T${from}:00+08:00`)
  const safetyContactId = withColleague ? demo.staffOf(colleague())._id : undefined
  ok(await srv.call(teacher(), 'visits', 'checkIn', { visitId, ...(safetyContactId ? { safetyContactId } : {}) }))
  return { visitId, family }
}

async function expectNoPersonalData(body: string, familyId: string) {
  const sensitive = (await srv.direct.get('family_sensitive', familyId)) as unknown as { address: string }
  const names = demo.students.filter((s) => s.familyId === familyId).map((s) => s.name)
  for (const n of [...names, guardianOf(familyId).name, sensitive.address]) expect(body).not.toContain(n)
  expect(body).not.toMatch(/\d+号/)
}

test('我需要帮助: the colleague and the principal told at once with time and area; a second press that minute is the same alert', async () => {
  const { visitId, family } = await checkedIn(0, '09:00', '10:00')
  at('2026-12-02T01:20:00.000Z')
  const first = ok(await srv.call(teacher(), 'visits', 'needHelp', { visitId }))
  expect(first.notified).toEqual([demo.nameOf(colleague()), '学校联系人'])
  at('2026-12-02T01:20:40.000Z')
  ok(await srv.call(teacher(), 'visits', 'needHelp', { visitId }))
  for (const who of [colleague(), demo.principal()]) {
    const items = await alertsOf(who, 'help')
    expect(items).toHaveLength(1)
    expect(items[0]!.body).toContain('2026年12月2日 09:00–10:00')
    expect(items[0]!.body).toMatch(/大致区域：大武口区.+街道。/)
    await expectNoPersonalData(items[0]!.body, family.student.familyId)
  }
  at('2026-12-02T01:22:00.000Z')
  ok(await srv.call(teacher(), 'visits', 'needHelp', { visitId }))
  expect(await alertsOf(colleague(), 'help')).toHaveLength(2)
})

test('我需要帮助: only the visit teacher while checked in; an address we cannot read is "not registered"', async () => {
  const { visitId, family } = await checkedIn(1, '11:00', '12:00', false)
  const print = await fingerprint(srv.store)
  for (const who of [leader(), colleague(), demo.headTeacherOfOtherSchool()])
    expect(await srv.call(who, 'visits', 'needHelp', { visitId })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  expect(await srv.call(family.parent, 'visits', 'needHelp', { visitId })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  expect(await srv.callRaw(teacher(), 'visits', 'needHelp', { visitId, lat: 1 })).toMatchObject({
    ok: false,
    error: { code: 'INPUT.INVALID' },
  })
  expect(await fingerprint(srv.store)).toBe(print)
  await srv.direct.update('family_sensitive', family.student.familyId, { address: '幸福小区8栋2单元' })
  // No colleague named: the school contact alone.
  expect(ok(await srv.call(teacher(), 'visits', 'needHelp', { visitId })).notified).toEqual(['学校联系人'])
  const items = await alertsOf(demo.principal(), 'help')
  expect(items.find((i) => i._id.includes(visitId))!.body).toContain('大致区域：家访地点未登记')
})

test('no check-out 30 minutes after the end: one alert even when two runs overlap; checked out or no colleague: none', async () => {
  const late = await checkedIn(2, '14:00', '15:00')
  const done = await checkedIn(3, '16:00', '17:00')
  const alone = await checkedIn(4, '18:00', '19:00', false)
  const participants = {
    guardians: [{ guardianId: guardianOf(done.family.student.familyId)._id, presence: 'in_person' as const }],
    staffIds: [demo.staffOf(teacher())._id],
  }
  ok(await srv.call(teacher(), 'visits', 'checkOut', { visitId: done.visitId, participants }))
  const lateOnes = async () => (await alertsOf(colleague(), 'overdue')).filter((i) => i._id.includes(late.visitId))
  // 15:29: not yet (the first test's visit, never checked out, is alerted by this run).
  await runJob('2026-12-02T07:29:00.000Z')
  expect(await lateOnes()).toEqual([])
  const runs = await Promise.all([runJob('2026-12-02T12:00:00.000Z'), runJob('2026-12-02T12:00:00.000Z')])
  expect(runs[0].safetyAlerts + runs[1].safetyAlerts).toBe(1)
  for (const who of [colleague(), demo.principal()]) {
    const items = (await alertsOf(who, 'overdue')).filter((i) => i._id.includes(late.visitId))
    expect(items).toHaveLength(1)
    expect(items[0]!.body).toContain('2026年12月2日 14:00–15:00')
    await expectNoPersonalData(items[0]!.body, late.family.student.familyId)
  }
  const all = [...(await alertsOf(colleague(), 'overdue')), ...(await alertsOf(demo.principal(), 'overdue'))]
  expect(all.filter((i) => i._id.includes(done.visitId) || i._id.includes(alone.visitId))).toEqual([])
  expect((await runJob('2026-12-02T13:00:00.000Z')).safetyAlerts).toBe(0)
})

// The fallbacks and WeChat's side on the real local server: the meeting number, the way actually used
// (on the visit as held), the phone revealed to the host only and audited, no VoIP locally, call events.
import { formatWord } from '../../src/core/visit/archive.rows'
import { demo } from '../support/demo'
import { guardianOf, leader } from '../support/covisit'
import { agreedOn } from '../support/hold'
import { refusedOn, sessionOf } from '../support/video'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

const CLASS = 'cls-qs-1-2'
const teacher = () => demo.headTeacher(CLASS)
const family = demo.familiesOf(CLASS)[4]!
const otherFamily = demo.familiesOf(CLASS)[5]!
let visitId = ''
const token = sessionOf

const refused = (call: () => Promise<unknown>, code: string) => refusedOn(srv, call, code)

test('set up: a video visit agreed for 4 December 19:00; the day comes', async () => {
  visitId = (await agreedOn(srv, teacher(), family, '04', 'video', '19:00', '19:30')).visitId
  at('2026-12-04T10:40:00.000Z') // 18:40
})

test('outsiders and guardians: every host action answers as for a missing visit', async () => {
  const missing = await srv.call(teacher(), 'video', 'setMeeting', { visitId: 'vis-nothing', meetingNumber: '123456789' })
  expect(missing).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  const guardianId = guardianOf(demo.students.find((s) => s._id === family.student._id)!.familyId)._id
  for (const who of [demo.subjectTeacher(), leader(), demo.headTeacherOfOtherSchool()]) {
    expect(await srv.call(who, 'video', 'setMeeting', { visitId, meetingNumber: '123456789' })).toEqual(missing)
    expect(await srv.call(who, 'video', 'fallback', { visitId, via: 'phone' })).toEqual(missing)
    expect(await srv.call(who, 'video', 'voipPeers', { visitId })).toEqual(missing)
    expect(await srv.call(who, 'video', 'callEvent', { visitId, kind: 'failed', reason: '-20000' })).toEqual(missing)
    const phone = await srv.call(who, 'video', 'revealPhone', { visitId, guardianId })
    expect(phone).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  }
  expect(await srv.call(otherFamily.parent, 'video', 'voipSign', { visitId })).toMatchObject({
    ok: false,
    error: { code: 'DATA.NOT_FOUND' },
  })
  await refused(() => srv.call(family.parent, 'video', 'revealPhone', { visitId, guardianId }), 'AUTH.FORBIDDEN')
  await refused(() => srv.call(family.parent, 'video', 'fallback', { visitId, via: 'phone' }), 'AUTH.FORBIDDEN')
})

test('the meeting number: typed with spaces is stored as digits, shown to the family; a bad one is refused', async () => {
  await refused(() => srv.call(teacher(), 'video', 'setMeeting', { visitId, meetingNumber: '12345' }), 'VIDEO.BAD_MEETING')
  await refused(() => srv.callRaw(teacher(), 'video', 'setMeeting', { visitId, meetingNumber: 'x'.repeat(30) }), 'INPUT.INVALID')
  await refused(() => srv.call(teacher(), 'video', 'fallback', { visitId, via: 'meeting' }), 'VIDEO.NO_MEETING')
  ok(await srv.call(teacher(), 'video', 'setMeeting', { visitId, meetingNumber: '123 456-789' }))
  expect(ok(await srv.call(family.parent, 'video', 'room', { visitId })).meetingNumber).toBe('123456789')
  const print = await fingerprint(srv.store)
  ok(await srv.call(teacher(), 'video', 'setMeeting', { visitId, meetingNumber: '123456789' }))
  expect(await fingerprint(srv.store)).toBe(print)
})

test('falling back to Tencent Meeting: recorded once, on the call and on the visit as held', async () => {
  const view = ok(await srv.call(teacher(), 'video', 'fallback', { visitId, via: 'meeting' }))
  expect(view.fallbacks).toEqual([{ via: 'meeting', at: '2026-12-04T10:40:00.000Z' }])
  const print = await fingerprint(srv.store)
  ok(await srv.call(teacher(), 'video', 'fallback', { visitId, via: 'meeting' }))
  expect(await fingerprint(srv.store)).toBe(print)
  expect(await srv.direct.get('visit_sessions', visitId)).toMatchObject({ heldVia: 'meeting', checkInAt: null })
  // The family's claim counts the way used: Tencent Meeting is still 视频, the phone is 电话.
  const claimFormat = async () => (await srv.direct.find('claims', { where: { visitId }, limit: 1 }))[0]?.format
  expect(await claimFormat()).toBe('video')
  ok(await srv.call(teacher(), 'video', 'fallback', { visitId, via: 'phone' }))
  expect(await srv.direct.get('visit_sessions', visitId)).toMatchObject({ heldVia: 'phone' })
  expect(await claimFormat()).toBe('phone')
  expect(ok(await srv.call(family.parent, 'video', 'room', { visitId })).fallbacks.map((f) => f.via)).toEqual(['meeting', 'phone'])
  const events = await srv.store.find('call_events', { where: { roomId: `v:${visitId}` }, orderBy: [['at', 'asc']], limit: 20 })
  // Same frozen instant: compare as a set.
  expect(
    events
      .filter((e) => e.kind === 'fallback')
      .map((e) => e.reason)
      .sort(),
  ).toEqual(['meeting', 'phone'])
})

test('the archive shows the way actually used: 视频（实际：电话）', async () => {
  const archive = ok(await srv.call(teacher(), 'visits', 'archive', { studentId: family.student._id }))
  const row = archive.visits.find((v) => v.visitId === visitId)!
  expect(row).toMatchObject({ format: 'video', heldVia: 'phone' })
  expect(formatWord(row)).toBe('视频（实际：电话）')
})

test("revealing a guardian's phone: the host only, this family's guardian only, audited", async () => {
  const familyId = demo.students.find((s) => s._id === family.student._id)!.familyId
  const guardianId = guardianOf(familyId)._id
  const before = await srv.direct.count('audit_log', { action: 'family.read_phone' })
  const { phone } = ok(await srv.call(teacher(), 'video', 'revealPhone', { visitId, guardianId }))
  expect(phone).toMatch(/^1\d{10}$/)
  expect(await srv.direct.count('audit_log', { action: 'family.read_phone', targetId: familyId })).toBe(before + 1)
  const otherGuardian = guardianOf(demo.students.find((s) => s._id === otherFamily.student._id)!.familyId)._id
  await refused(() => srv.call(teacher(), 'video', 'revealPhone', { visitId, guardianId: otherGuardian }), 'DATA.NOT_FOUND')
})

test('WeChat: no VoIP on the local server; the 1v1 sides for the host; call events recorded once per request', async () => {
  // Three taps at once: one start.
  for (const r of await Promise.all([1, 2, 3].map(() => srv.call(teacher(), 'video', 'start', { visitId })))) expect(r.ok).toBe(true)
  const starts = await srv.store.find('call_events', { where: { roomId: `v:${visitId}` }, orderBy: [['at', 'asc']], limit: 50 })
  expect(starts.filter((x) => x.kind === 'start')).toHaveLength(1)
  const e = await refused(() => srv.call(family.parent, 'video', 'voipSign', { visitId }), 'VIDEO.NO_VOIP')
  expect(e.message).toContain('腾讯会议')
  ok(await srv.call(family.parent, 'video', 'ready', { visitId, camera: true, microphone: true }))
  const peers = ok(await srv.call(teacher(), 'video', 'voipPeers', { visitId }))
  // Demo accounts have no openid: nobody to call through WeChat here, and nothing made up.
  expect(peers).toEqual({ caller: null, listeners: [] })
  // A guardian on WeChat is listed to be called, waiting first.
  await srv.direct.update('users', family.parent, { openid: 'o-parent-test' })
  expect(ok(await srv.call(teacher(), 'video', 'voipPeers', { visitId })).listeners).toEqual([
    { nickname: demo.nameOf(family.parent), openid: 'o-parent-test', present: true },
  ])
  await srv.direct.update('users', family.parent, { openid: null })
  await refused(() => srv.callRaw(family.parent, 'video', 'callEvent', { visitId, kind: 'failed', reason: 'no spaces!' }), 'INPUT.INVALID')
  await refused(() => srv.callRaw(family.parent, 'video', 'callEvent', { visitId, kind: 'ended' }), 'INPUT.INVALID')
  const send = () =>
    srv.post('/api/video', { action: 'callEvent', input: { visitId, kind: 'joined' }, requestId: 'ev-1' }, token(family.parent))
  expect((await send()).json).toEqual({ ok: true, data: { recorded: true } })
  expect((await send()).json).toEqual({ ok: true, data: { recorded: true } })
  const events = await srv.store.find('call_events', { where: { roomId: `v:${visitId}` }, orderBy: [['at', 'asc']], limit: 50 })
  expect(events.filter((x) => x.kind === 'joined')).toHaveLength(1)
  expect(ok(await srv.call(teacher(), 'video', 'room', { visitId })).people.find((p) => p.side === 'guest')).toMatchObject({ inCall: true })
})

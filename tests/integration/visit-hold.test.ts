// Holding a visit: check-in only by the visit's teacher, once agreed, prepared and in its time window;
// check-out with who took part; participants of a video visit without check-in. Refusals change nothing.
import { demo } from '../support/demo'
import { guardianOf, leader, principal } from '../support/covisit'
import { agreedOn, completePrep } from '../support/hold'
import { refusedOn } from '../support/video'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

const CLASS = 'cls-qs-1-2'
const teacher = () => demo.headTeacher(CLASS)
const familyNo = (i: number) => demo.familiesOf(CLASS)[i]!
const colleague = () => demo.staffOf(demo.subjectTeacher())

const refused = (call: () => Promise<unknown>, code: string) => refusedOn(srv, call, code)

describe('a home visit agreed for 3 December 15:00–16:00', () => {
  const family = familyNo(2)
  let visitId = ''

  test('set up: agreed; a colleague joins as co-visitor', async () => {
    at('2026-12-01T02:00:00.000Z')
    visitId = (await agreedOn(srv, teacher(), family, '03')).visitId
    expect(ok(await srv.call(teacher(), 'visits', 'session', { visitId }))).toMatchObject({ session: null, prepMissing: expect.any(Array) })
    const { requestId } = ok(await srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id }))
    ok(await srv.call(teacher(), 'visits', 'answerJoin', { requestId, accept: true }))
  })

  test('before the hour before the start: refused with the agreed time', async () => {
    at('2026-12-03T05:59:00.000Z') // 13:59
    const e = await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId }), 'HOLD.TOO_EARLY')
    expect(e.message).toContain('15:00')
  })

  test('the prep gate: refused with what is missing until the pack is complete', async () => {
    at('2026-12-03T06:10:00.000Z') // 14:10
    const e = await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId }), 'PREP.INCOMPLETE')
    expect(e.message).toContain('闪光点')
    const { prepMissing } = ok(await srv.call(teacher(), 'visits', 'session', { visitId }))
    expect(prepMissing).toHaveLength(3)
  })

  test('only the visit teacher: parent, unrelated staff, another school get "not found"', async () => {
    await completePrep(srv, visitId, demo.schoolId)
    const missing = await srv.call(teacher(), 'visits', 'checkIn', { visitId: 'vis-nothing' })
    for (const who of [family.parent, leader(), demo.subjectTeacher(), principal(), demo.headTeacherOfOtherSchool()]) {
      const res = await refused(
        () => srv.call(who, 'visits', 'checkIn', { visitId }),
        who === family.parent ? 'AUTH.FORBIDDEN' : 'DATA.NOT_FOUND',
      )
      if (who !== family.parent) expect({ ok: false, error: res }).toEqual(missing)
    }
  })

  test('bad input: Chinese errors, nothing stored', async () => {
    await refused(() => srv.callRaw(teacher(), 'visits', 'checkIn', { visitId, where: 'x' }), 'INPUT.INVALID')
    await refused(() => srv.callRaw(teacher(), 'visits', 'checkIn', { visitId, safetyContactId: '<x>' }), 'INPUT.INVALID')
    await refused(
      () => srv.call(teacher(), 'visits', 'checkIn', { visitId, safetyContactId: demo.staffOf(teacher())._id }),
      'HOLD.BAD_CONTACT',
    )
    const other = demo.staffOf(demo.headTeacherOfOtherSchool())._id
    await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId, safetyContactId: other }), 'HOLD.BAD_CONTACT')
  })

  test('checked in naming a colleague; a retry or a double tap is the same session', async () => {
    const safetyContactId = colleague()._id
    const list = ok(await srv.call(teacher(), 'visits', 'safetyContacts', { visitId }))
    expect(list.colleagues.map((c) => c.staffId)).toContain(safetyContactId)
    expect(list.colleagues.map((c) => c.staffId)).not.toContain(demo.staffOf(teacher())._id)
    const [a, b] = await Promise.all([
      srv.call(teacher(), 'visits', 'checkIn', { visitId, safetyContactId }),
      srv.call(teacher(), 'visits', 'checkIn', { visitId, safetyContactId }),
    ])
    expect(ok(a)).toEqual(ok(b))
    expect(ok(a)).toMatchObject({ checkInAt: '2026-12-03T06:10:00.000Z', expectedEndAt: '2026-12-03T08:00:00.000Z', checkOutAt: null })
    expect(ok(a).safetyContactName).toBe(colleague().name)
    const stored = (await srv.direct.get('visit_sessions', visitId))!
    expect(Object.keys(stored).join()).not.toMatch(/loc|lat|lng|address/i)
  })

  test('check-out: guardians of the family and visitors only; then stored with the time', async () => {
    at('2026-12-03T08:05:00.000Z')
    const guardianId = guardianOf(family.student.familyId)._id
    const staffIds = [demo.staffOf(teacher())._id]
    const alien = guardianOf(familyNo(3).student.familyId)._id
    const bad = { guardians: [{ guardianId: alien, presence: 'in_person' as const }], staffIds }
    await refused(() => srv.call(teacher(), 'visits', 'checkOut', { visitId, participants: bad }), 'HOLD.BAD_PARTICIPANT')
    const stranger = { guardians: [{ guardianId, presence: 'remote' as const }], staffIds: [colleague()._id] }
    await refused(() => srv.call(teacher(), 'visits', 'checkOut', { visitId, participants: stranger }), 'HOLD.BAD_PARTICIPANT')
    const empty = { guardians: [], staffIds }
    const e = await refused(() => srv.callRaw(teacher(), 'visits', 'checkOut', { visitId, participants: empty }), 'INPUT.INVALID')
    expect(e.message).toContain('请至少选择一位参加的家长')
    await refused(() => srv.call(leader(), 'visits', 'checkOut', { visitId, participants: stranger }), 'DATA.NOT_FOUND')
    const participants = { guardians: [{ guardianId, presence: 'in_person' as const }], staffIds }
    const withCo = { ...participants, staffIds: [...staffIds, demo.staffOf(leader())._id] }
    const out = ok(await srv.call(teacher(), 'visits', 'checkOut', { visitId, participants: withCo }))
    expect(out).toMatchObject({ checkOutAt: '2026-12-03T08:05:00.000Z', participants: withCo })
    // The co-visitor sees how it was held; the same check-out again is the same answer; a different one is refused.
    const seen = ok(await srv.call(leader(), 'visits', 'session', { visitId }))
    expect(seen).toEqual({
      session: out,
      prepMissing: [],
      staff: [
        { staffId: staffIds[0], name: demo.nameOf(teacher()) },
        { staffId: withCo.staffIds[1], name: demo.nameOf(leader()) },
      ],
    })
    expect(await srv.call(demo.subjectTeacher(), 'visits', 'session', { visitId })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
    expect(ok(await srv.call(teacher(), 'visits', 'checkOut', { visitId, participants: withCo }))).toEqual(out)
    const remote = { guardians: [{ guardianId, presence: 'remote' as const }], staffIds }
    await refused(() => srv.call(teacher(), 'visits', 'checkOut', { visitId, participants: remote }), 'HOLD.CHECKED_OUT')
    await refused(() => srv.call(teacher(), 'visits', 'needHelp', { visitId }), 'HOLD.CHECKED_OUT')
  })
})

describe('formats and the day', () => {
  test('a video visit: no check-in; its participants recorded without one, after its start', async () => {
    at('2026-12-01T02:00:00.000Z')
    const family = familyNo(4)
    const { visitId } = await agreedOn(srv, teacher(), family, '04', 'video')
    await completePrep(srv, visitId, demo.schoolId)
    at('2026-12-04T07:00:00.000Z')
    const e = await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId }), 'HOLD.VIDEO')
    expect(e.message).toContain('视频')
    const participants = {
      guardians: [{ guardianId: guardianOf(family.student.familyId)._id, presence: 'remote' as const }],
      staffIds: [demo.staffOf(teacher())._id],
    }
    const s = ok(await srv.call(teacher(), 'visits', 'recordParticipants', { visitId, participants }))
    expect(s).toMatchObject({ checkInAt: null, participants })
    await refused(() => srv.call(family.parent, 'visits', 'recordParticipants', { visitId, participants }), 'AUTH.FORBIDDEN')
  })

  test('after the agreed day: check-in refused (reschedule instead)', async () => {
    at('2026-12-01T02:00:00.000Z')
    const { visitId } = await agreedOn(srv, teacher(), familyNo(5), '07', 'school')
    await completePrep(srv, visitId, demo.schoolId)
    at('2026-12-07T16:00:00.000Z') // 8 December 00:00 in Shanghai
    await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId }), 'HOLD.DAY_OVER')
  })

  test('not agreed yet: refused', async () => {
    at('2026-12-01T02:00:00.000Z')
    const family = familyNo(6)
    const v = ok(
      await srv.call(teacher(), 'visits', 'propose', {
        studentId: family.student._id,
        topic: '了解近况',
        options: [{ startAt: '2026-12-01T07:00:00.000Z', endAt: '2026-12-01T08:00:00.000Z', format: 'home', place: null }],
      }),
    )
    await completePrep(srv, v.visitId, demo.schoolId)
    at('2026-12-01T06:30:00.000Z')
    await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId: v.visitId }), 'HOLD.NOT_AGREED')
  })
})

test('an in-person visit held by phone: participants recorded after its start, then no check-in', async () => {
  at('2026-12-01T02:00:00.000Z')
  const family = familyNo(3)
  const { visitId } = await agreedOn(srv, teacher(), family, '08', 'home')
  await completePrep(srv, visitId, demo.schoolId)
  const participants = {
    guardians: [{ guardianId: guardianOf(family.student.familyId)._id, presence: 'remote' as const }],
    staffIds: [demo.staffOf(teacher())._id],
  }
  at('2026-12-08T06:30:00.000Z') // 14:30, before the start
  await refused(() => srv.call(teacher(), 'visits', 'recordParticipants', { visitId, participants }), 'HOLD.TOO_EARLY')
  at('2026-12-08T07:30:00.000Z')
  ok(await srv.call(teacher(), 'visits', 'recordParticipants', { visitId, participants }))
  await refused(() => srv.call(teacher(), 'visits', 'checkIn', { visitId }), 'HOLD.HELD_REMOTELY')
})

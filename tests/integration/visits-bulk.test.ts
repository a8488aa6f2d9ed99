// Suggested times and proposals to many families at once: who may ask, what a teacher who does not
// answer for a family learns (nothing), times that fit the parents and never overlap, one family's
// failure leaving the others sent and itself untouched, and a retried send that sends nothing twice.
import type { Suggestion } from '../../src/core/contract/visits-bulk.contract'
import { clashes, type OptionInput } from '../../src/core/visit/options.rules'
import { responsibilityFor } from '../../src/core/visit/responsibility.rules'
import { inZone } from '../../src/core/time'
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { fingerprint, ok, startTestServer, TEST_SECRET, type TestServer } from '../support/test-server'
import { slot } from '../support/visits'

let srv: TestServer
const now = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
beforeEach(async () => {
  srv = await startTestServer({ clock: () => now })
})
afterEach(() => srv.close())

const CLASS_ID = 'cls-qs-3-2'
const head = demo.headTeacher(CLASS_ID)
const families = demo.familiesOf(CLASS_ID).sort((a, b) => a.student.studentNo.localeCompare(b.student.studentNo))
const [f0, f1, f2, f3] = families as [
  (typeof families)[number],
  (typeof families)[number],
  (typeof families)[number],
  (typeof families)[number],
]
const childrenOf = (familyId: string) => demo.students.filter((s) => s.familyId === familyId)
/** A teacher of this school who does not answer for the family (not its head teacher, mentor, linked teacher or leadership). */
const outsider = (familyId: string) => {
  const s = demo.staff.find(
    (t) => t.schoolId === demo.schoolId && t.roles.includes('head_teacher') && responsibilityFor(t, childrenOf(familyId)) === null,
  )!
  return demo.users.find((u) => u.staffId === s._id)!._id
}
const TOPIC = '了解孩子在家情况，交流在校表现'
const oks = (s: Suggestion[]) => s.filter((x): x is Extract<Suggestion, { ok: true }> => x.ok)
const allOptions = (s: Suggestion[]) => oks(s).flatMap((x) => x.options)
const noneClash = (options: OptionInput[]) => options.every((a, i) => options.slice(i + 1).every((b) => !clashes(a, b)))
const suggest = async (who: string, studentIds: string[]) => ok(await srv.call(who, 'visits', 'suggest', { studentIds })).suggestions

describe('suggest', () => {
  test('three families of the class: three times each, all different and apart; a family the teacher does not answer for: refused, nothing about it', async () => {
    const foreign = demo.familiesOf('cls-qs-1-2')[0]!.student
    const out = await suggest(head, [f0.student._id, f1.student._id, f2.student._id, foreign._id])
    expect(oks(out).map((x) => [x.studentId, x.studentName, x.options.length])).toEqual(
      [f0, f1, f2].map((f) => [f.student._id, f.student.name, 3]),
    )
    expect(out[3]).toEqual({ studentId: foreign._id, ok: false, code: 'VISIT.NOT_RESPONSIBLE', message: expect.stringMatching(/不负责/) })
    expect(new Set(allOptions(out).map((o) => o.startAt)).size).toBe(9)
    expect(noneClash(allOptions(out))).toBe(true)
    expect(oks(out).every((x) => x.availability.startsWith('家长还没有说') && x.reachable)).toBe(true)
  })

  test("a parent's windows and formats: the family's times fall in them, and the teacher reads them in words", async () => {
    const windows = [{ days: 'weekend' as const, from: '09:00', to: '12:00' }]
    ok(await srv.call(f1.parent, 'visits', 'setAvailability', { windows, formats: ['video'], version: null }))
    const [s0, s1] = oks(await suggest(head, [f0.student._id, f1.student._id]))
    expect(s1!.availability).toBe('家长方便：周末上午；视频')
    for (const o of s1!.options) {
      const t = inZone(o.startAt)
      expect([
        [0, 6].includes(t.day()),
        t.hour() >= 9,
        inZone(o.endAt).hour() * 60 + inZone(o.endAt).minute() <= 12 * 60,
        o.format,
      ]).toEqual([true, true, true, 'video'])
    }
    expect(s0!.options.every((o) => o.format === 'home')).toBe(true) // a family that said nothing: a home visit
  })

  test("the teacher's open proposals and agreed visits are kept free", async () => {
    const first = oks(await suggest(head, [f0.student._id]))[0]!.options[0]!
    ok(await srv.call(head, 'visits', 'propose', { studentId: f3.student._id, topic: TOPIC, options: [first] }))
    const out = await suggest(head, [f0.student._id, f1.student._id, f2.student._id])
    expect(allOptions(out).some((o) => clashes(o, first))).toBe(false)
  })

  test('database round trips do not grow with the number of families', async () => {
    await suggest(head, [f0.student._id]) // the caller is resolved (and cached) once
    const tripsFor = async (ids: string[]) => {
      const before = srv.store.roundTrips
      await suggest(head, ids)
      return srv.store.roundTrips - before
    }
    const one = await tripsFor([f0.student._id])
    expect(await tripsFor(families.map((f) => f.student._id))).toBe(one)
    expect(one).toBeLessThanOrEqual(10)
  })

  test('only staff; a teacher who answers for none of them gets nothing; bad input is refused in Chinese', async () => {
    for (const who of [f0.parent, demo.admin()])
      expect(await srv.call(who, 'visits', 'suggest', { studentIds: [f0.student._id] })).toMatchObject({
        ok: false,
        error: { code: 'AUTH.FORBIDDEN' },
      })
    const out = await suggest(outsider(f0.student.familyId), [f0.student._id, 'stu-nope'])
    expect(out).toEqual([
      { studentId: f0.student._id, ok: false, code: 'VISIT.NOT_RESPONSIBLE', message: expect.any(String) },
      { studentId: 'stu-nope', ok: false, code: 'VISIT.NOT_RESPONSIBLE', message: out[0]!.ok ? '' : out[0]!.message },
    ])
    expect(await srv.callRaw(head, 'visits', 'suggest', { studentIds: [] })).toMatchObject({ error: { message: '请至少选一个学生' } })
    const many = Array.from({ length: 21 }, (_, i) => `stu-${i}`)
    expect(await srv.callRaw(head, 'visits', 'suggest', { studentIds: many })).toMatchObject({ error: { message: '一次最多20个学生' } })
  })
})

describe('proposeMany', () => {
  const items = async (fams: typeof families) => {
    const out = oks(
      await suggest(
        head,
        fams.map((f) => f.student._id),
      ),
    )
    return out.map((x) => ({ studentId: x.studentId, options: [x.options[0]!], topic: TOPIC }))
  }
  const visitsOf = (familyId: string) => srv.direct.find('visits', { where: { familyId }, limit: 10 })

  test('a family already claimed by a colleague fails alone, untouched; the others are sent, each with its own time', async () => {
    const principal = demo.principal()
    ok(
      await srv.call(principal, 'visits', 'propose', {
        studentId: f0.student._id,
        topic: '校长家访',
        options: [slot('09', '15:00', '16:00')],
      }),
    )
    const before = await visitsOf(f0.student.familyId)
    // The suggestions say so already: no times for a family a colleague has claimed.
    const [claimed] = oks(await suggest(head, [f0.student._id]))
    expect(claimed).toMatchObject({ claim: { by: demo.nameOf(principal), mine: false }, options: [] })
    const fresh = await items([f1, f2])
    const input = { items: [{ studentId: f0.student._id, options: [slot('10', '19:00', '20:00')], topic: TOPIC }, ...fresh] }
    const sent = ok(await srv.call(head, 'visits', 'proposeMany', input)).results
    expect(sent[0]).toEqual({
      studentId: f0.student._id,
      ok: false,
      code: 'VISIT.FAMILY_CLAIMED',
      message: `已由 ${demo.nameOf(principal)} 安排，可以申请作为共同家访人一起去`,
    })
    expect(sent.slice(1).map((r) => r.ok)).toEqual([true, true])
    expect(await visitsOf(f0.student.familyId)).toEqual(before) // no half-written family
    const times: string[] = []
    for (const f of [f1, f2]) {
      const [v] = await visitsOf(f.student.familyId)
      expect(v).toMatchObject({ teacherId: demo.staffOf(head)._id, status: 'awaiting_parent' })
      expect(await srv.direct.count('claims', { familyId: f.student.familyId })).toBe(1)
      expect(await srv.direct.count('outbox', { visitId: v!._id })).toBeGreaterThan(0)
      const home = ok(await srv.call(f.parent, 'visits', 'myFamilyVisits', {})).visits
      expect(home.map((x) => [x.status, x.teacherName])).toEqual([['awaiting_parent', demo.staffOf(head).name]])
      times.push(home[0]!.options[0]!.startAt)
    }
    expect(new Set(times).size).toBe(2)
    const mine = oks(await suggest(head, [f1.student._id]))[0]
    expect(mine).toMatchObject({ claim: { mine: true }, options: [] })
  })

  test('sent again with the same request id: the same answer, nothing written twice', async () => {
    const token = signSession(head, TEST_SECRET)
    const body = { action: 'proposeMany', requestId: 'req-bulk-1', input: { items: await items([f1, f2, f3]) } }
    const first = await srv.post('/api/visits', body, token)
    expect(first.json).toMatchObject({ ok: true, data: { results: [{ ok: true }, { ok: true }, { ok: true }] } })
    const after = await fingerprint(srv.direct)
    const second = await srv.post('/api/visits', body, token)
    expect(second.json).toEqual(first.json)
    expect(await fingerprint(srv.direct)).toBe(after)
  })

  test('two families offered overlapping times: the second is refused and nothing is written for it', async () => {
    const [a, b] = await items([f1, f2])
    const at = slot('08', '19:00', '20:00')
    const near = slot('08', '20:00', '21:00') // a home visit's travel time overlaps the next one
    const sent = ok(
      await srv.call(head, 'visits', 'proposeMany', {
        items: [
          { ...a!, options: [at] },
          { ...b!, options: [near] },
        ],
      }),
    ).results
    expect(sent.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'VISIT.CLASH'])
    expect(await visitsOf(f2.student.familyId)).toEqual([])
  })

  test('a family the teacher does not answer for fails alone; the others are sent', async () => {
    const foreign = demo.familiesOf('cls-qs-1-2')[0]!.student
    const [a] = await items([f1])
    const input = { items: [a!, { studentId: foreign._id, options: [slot('10', '19:00', '20:00')], topic: TOPIC }] }
    const sent = ok(await srv.call(head, 'visits', 'proposeMany', input)).results
    expect(sent.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'DATA.NOT_FOUND'])
    expect(await visitsOf(foreign.familyId)).toEqual([])
  })

  test.each([
    [{ items: [] }, '请至少选一个家庭'],
    [{ items: [{ studentId: f1.student._id, options: [slot('08', '19:00', '20:00')], topic: '' }] }, '请写一句想和家长聊什么'],
    [{ items: [{ studentId: f1.student._id, options: [], topic: TOPIC }] }, '请至少给出一个时间'],
    [{ items: [{ studentId: f1.student._id, options: [slot('08', '19:00', '20:00')], topic: TOPIC, extra: 1 }] }, '多余'],
  ])('%j is refused in Chinese and nothing is written', async (input, message) => {
    const before = await fingerprint(srv.direct)
    const res = await srv.callRaw(head, 'visits', 'proposeMany', input)
    expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: expect.stringContaining(message) } })
    expect(await fingerprint(srv.direct)).toBe(before)
  })

  test('parents and the school admin may not send proposals', async () => {
    const input = { items: [{ studentId: f1.student._id, options: [slot('08', '19:00', '20:00')], topic: TOPIC }] }
    for (const who of [f1.parent, demo.admin()])
      expect(await srv.call(who, 'visits', 'proposeMany', input)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })
})

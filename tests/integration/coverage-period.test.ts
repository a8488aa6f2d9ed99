// A visit counts for the period it takes place in (its agreed time), not the one it was proposed in,
// and moves with it; the family claim carries what coverage counts. Demo families carry their facts.
import { claimId } from '../../src/api/routes/visits/access'
import { demo } from '../support/demo'
import { fingerprint, ok, startTestServer, type TestServer } from '../support/test-server'

const NOW = new Date('2026-12-01T02:00:00.000Z')
let srv: TestServer
beforeEach(async () => {
  srv = await startTestServer({ clock: () => NOW })
})
afterEach(() => srv.close())

const at = (date: string, from: string, to: string) => ({
  startAt: `${date}T${from}:00+08:00`,
  endAt: `${date}T${to}:00+08:00`,
  format: 'video' as const,
  place: null,
})
const DECEMBER = at('2026-12-08', '19:00', '19:30')
const FEBRUARY = at('2027-02-03', '19:00', '19:30')

/** In one class of the demo school: a special-category family with a parent on WeChat, and one without a category. */
const {
  classId,
  special: specialFamily,
  regular: regularFamily,
} = (() => {
  const special = new Set(demo.sensitive.filter((f) => f.categories.length).map((f) => f._id))
  for (const c of demo.classes.filter((c) => c.schoolId === demo.schoolId)) {
    const all = demo.familiesOf(c._id)
    const s = all.find((f) => special.has(f.student.familyId))
    const r = all.find((f) => !special.has(f.student.familyId))
    if (s && r) return { classId: c._id, special: s, regular: r }
  }
  throw new Error('no class with both kinds of family on WeChat')
})()
const families = () => ({ special: specialFamily, regular: regularFamily })
const head = demo.headTeacher(classId)
const claims = (familyId: string) => srv.direct.find('claims', { where: { familyId }, limit: 10 })

test('seeded families carry their coverage facts: home class, special, owner', async () => {
  const { special, regular } = families()
  const fam = await srv.store.get('families', special.student.familyId)
  expect(fam).toMatchObject({ classId, special: true, active: true, ownerWhy: expect.any(String) })
  expect((await srv.store.get('families', regular.student.familyId))!.special).toBe(false)
})

test('proposed in autumn for February: a special family’s visit is filed under spring', async () => {
  const { special } = families()
  const v = ok(await srv.call(head, 'visits', 'propose', { studentId: special.student._id, topic: '寒假后聊聊', options: [FEBRUARY] }))
  expect((await srv.store.get('visits', v.visitId))!.periodId).toBe('2026-spring')
  expect(await claims(special.student.familyId)).toEqual([
    expect.objectContaining({
      _id: claimId(special.student.familyId, '2026-spring'),
      state: 'proposed',
      classId,
      special: true,
    }),
  ])
})

test('agreeing moves the claim to the period of the agreed time, and cancelling frees it', async () => {
  const { special } = families()
  const fam = special.student.familyId
  const v = ok(await srv.call(head, 'visits', 'propose', { studentId: special.student._id, topic: '聊聊', options: [DECEMBER] }))
  expect((await claims(fam)).map((c) => c._id)).toEqual([claimId(fam, '2026-autumn')])
  const countered = ok(
    await srv.call(special.parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: v.version,
      command: { kind: 'counter', options: [FEBRUARY], text: '' },
    }),
  )
  const agreed = ok(
    await srv.call(head, 'visits', 'respond', {
      visitId: v.visitId,
      version: countered.version,
      command: { kind: 'accept', optionId: countered.options[0]!.id },
    }),
  )
  expect(agreed.status).toBe('scheduled')
  expect(await claims(fam)).toEqual([
    expect.objectContaining({
      _id: claimId(fam, '2026-spring'),
      periodId: '2026-spring',
      state: 'scheduled',
      startAt: '2027-02-03T11:00:00.000Z',
    }),
  ])
  expect((await srv.store.get('visits', v.visitId))!.periodId).toBe('2026-spring')
  // Autumn is free again: the family still needs its visit this semester.
  const autumn = ok(
    await srv.call(head, 'visits', 'propose', {
      studentId: special.student._id,
      topic: '本学期',
      options: [at('2026-12-09', '19:00', '19:30')],
    }),
  )
  expect((await srv.store.get('visits', autumn.visitId))!.periodId).toBe('2026-autumn')
  ok(
    await srv.call(head, 'visits', 'respond', {
      visitId: autumn.visitId,
      version: autumn.version,
      command: { kind: 'cancel', reason: '家长临时有事' },
    }),
  )
  expect((await claims(fam)).map((c) => c._id)).toEqual([claimId(fam, '2026-spring')])
})

test('an agreed time in a period the family is already claimed for is refused, and nothing changes', async () => {
  const { special } = families()
  const spring = ok(await srv.call(head, 'visits', 'propose', { studentId: special.student._id, topic: '春季', options: [FEBRUARY] }))
  const autumn = ok(await srv.call(head, 'visits', 'propose', { studentId: special.student._id, topic: '秋季', options: [DECEMBER] }))
  expect(spring.visitId).not.toBe(autumn.visitId)
  const countered = ok(
    await srv.call(special.parent, 'visits', 'respond', {
      visitId: autumn.visitId,
      version: autumn.version,
      command: { kind: 'counter', options: [at('2027-02-10', '19:00', '19:30')], text: '' },
    }),
  )
  const before = await fingerprint(srv.store)
  const res = await srv.call(head, 'visits', 'respond', {
    visitId: autumn.visitId,
    version: countered.version,
    command: { kind: 'accept', optionId: countered.options[0]!.id },
  })
  expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.FAMILY_CLAIMED', message: expect.stringContaining('已有家访安排') } })
  expect(await fingerprint(srv.store)).toBe(before)
})

test('a regular family: one claim for the school year, scheduled once agreed', async () => {
  const { regular } = families()
  const v = ok(await srv.call(head, 'visits', 'propose', { studentId: regular.student._id, topic: '聊聊', options: [DECEMBER] }))
  const agreed = ok(
    await srv.call(regular.parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: v.version,
      command: { kind: 'accept', optionId: v.options[0]!.id },
    }),
  )
  expect(agreed.status).toBe('scheduled')
  expect(await claims(regular.student.familyId)).toEqual([
    expect.objectContaining({
      _id: claimId(regular.student.familyId, '2026-year'),
      state: 'scheduled',
      special: false,
      startAt: '2026-12-08T11:00:00.000Z',
    }),
  ])
})

// Group visits (分组家访): one teacher agrees several families' group visits for the same start (their
// calendar shares the time, nothing else may take it), they meet in one room, and no family sees
// another's names — only the teacher and "其他家长".
import { demo } from '../support/demo'
import { openSignal } from '../support/signal-client'
import { agreedOn } from '../support/hold'
import { proposeVisit, slot } from '../support/visits'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

const CLASS = 'cls-qs-4-2'
const teacher = () => demo.headTeacher(CLASS)
const families = demo.familiesOf(CLASS).slice(0, 4)
const ids: string[] = []
type Proposed = Awaited<ReturnType<typeof proposeVisit>>
const slotLocks = () => srv.direct.find('locks', { where: { _id: { gte: 'slot:', lt: 'slot;' } }, limit: 100 })

test('three families agree group visits at the same start; two of them at the very same moment', async () => {
  ids.push((await agreedOn(srv, teacher(), families[0]!, '05', 'group', '10:00', '11:00')).visitId)
  const [a, b] = (await Promise.all(
    families.slice(1, 3).map((f) => proposeVisit(srv, teacher(), f, [slot('05', '10:00', '11:00', 'group')])),
  )) as [Proposed, Proposed]
  const accept = (f: (typeof families)[number], v: Proposed) =>
    srv.call(f.parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: v.version,
      command: { kind: 'accept', optionId: v.options[0]!.id },
    })
  const answers = await Promise.all([accept(families[1]!, a), accept(families[2]!, b)])
  for (const r of answers) expect(ok(r).status).toBe('scheduled')
  ids.push(a.visitId, b.visitId)
  const locks = await slotLocks()
  expect(locks).toHaveLength(4)
  for (const l of locks) expect([...(l.members as string[])].sort()).toEqual([...ids].sort())
})

test('anything else at that time clashes: a home visit proposal is refused', async () => {
  const res = await srv.call(teacher(), 'visits', 'propose', {
    studentId: families[3]!.student._id,
    topic: '了解近况',
    options: [slot('05', '10:30', '11:30', 'home')],
  })
  expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.CLASH' } })
})

test('one room for the group; each family sees the teacher and 其他家长, the teacher sees names', async () => {
  at('2026-12-05T01:50:00.000Z') // 09:50
  const views = await Promise.all(
    families.slice(0, 3).map((f, i) => srv.call(f.parent, 'video', 'ready', { visitId: ids[i]!, camera: true, microphone: true })),
  )
  const rooms = new Set(views.map((v) => ok(v).roomId))
  expect(rooms.size).toBe(1)
  const mine = ok(views[2]!)
  expect(mine.group).toBe(true)
  expect(mine.people.map((p) => p.label).sort()).toEqual([`${demo.nameOf(families[2]!.parent)}（家长）`, '其他家长', '其他家长'].sort())
  const host = ok(await srv.call(teacher(), 'video', 'start', { visitId: ids[0]! }))
  expect(host.people.map((p) => p.label)).toEqual(
    expect.arrayContaining(families.slice(0, 3).map((f) => `${demo.nameOf(f.parent)}（家长）`)),
  )
  // Started once for the group: every family's room is in the call.
  expect(ok(await srv.call(families[1]!.parent, 'video', 'room', { visitId: ids[1]! })).state).toBe('in_call')
})

test('on the socket too: labels per viewer, and nothing naming another family', async () => {
  const ticket = async (userId: string, visitId: string) => ok(await srv.call(userId, 'video', 'joinTicket', { visitId })).token
  const t = await openSignal(srv.url, await ticket(teacher(), ids[0]!))
  await t.next('welcome')
  const a = await openSignal(srv.url, await ticket(families[0]!.parent, ids[0]!))
  await a.next('welcome')
  const b = await openSignal(srv.url, await ticket(families[1]!.parent, ids[1]!))
  const wb = await b.next('welcome')
  expect(wb.peers.map((p) => p.label).sort()).toEqual([`${demo.staffOf(teacher()).name}老师`, '其他家长'].sort())
  expect((await a.next('peer-joined')).peer.label).toBe('其他家长')
  expect((await t.next('peer-joined')).peer.label).toBe(`${demo.nameOf(families[0]!.parent)}（家长）`)
  expect((await t.next('peer-joined')).peer.label).toBe(`${demo.nameOf(families[1]!.parent)}（家长）`)
  await Promise.all([t.close(), a.close(), b.close()])
})

test('a family agreeing after the call started gets straight in', async () => {
  const late = (await agreedOn(srv, teacher(), families[3]!, '05', 'group', '10:00', '11:00')).visitId
  ids.push(late)
  const { token } = ok(await srv.call(families[3]!.parent, 'video', 'joinTicket', { visitId: late }))
  const c = await openSignal(srv.url, token)
  expect((await c.next('welcome')).peerId).toMatch(/^p/)
  await c.close()
})

test('a family cancelling leaves the session its time; the last one gives it back', async () => {
  expect(ids).toHaveLength(4)
  at('2026-12-02T02:00:00.000Z')
  for (const [i, id] of ids.entries()) {
    const v = ok(await srv.call(teacher(), 'visits', 'get', { visitId: id }))
    ok(
      await srv.call(teacher(), 'visits', 'respond', {
        visitId: id,
        version: v.version,
        command: { kind: 'cancel', reason: '改为单独家访' },
      }),
    )
    const locks = await slotLocks()
    expect(locks).toHaveLength(i < ids.length - 1 ? 4 : 0)
    for (const l of locks) expect(l.members).toEqual(ids.slice(i + 1))
  }
})

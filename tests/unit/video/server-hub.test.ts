// The signalling hub's room logic without sockets: fake connections over an in-memory store.
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store'
import { signTicket } from '../../../src/api/video/ticket'
import { MAX_PEERS_PER_ROOM, type ServerMessage } from '../../../src/core/video/signal.schema'
import { SignalHub, type Conn } from '../../../src/server/signal/hub'

const now = new Date('2026-12-03T11:00:00.000Z')
const roomId = 'g:usr-t:2026-12-03T11:00:00.000Z'

async function setUp(state: 'waiting' | 'in_call' = 'in_call') {
  const store = new SqliteStore(':memory:', { declaredQueriesOnly: true })
  const call = {
    _id: roomId,
    roomId,
    schoolId: 's',
    visitIds: ['vis-a', 'vis-b'],
    format: 'group',
    groupId: 'jfx',
    state,
    startedAt: null,
    endedAt: null,
    startedBy: null,
    participants: [],
    fallbacks: [],
    meetingNumber: null,
    updatedAt: now.toISOString(),
  }
  await store.insert('video_calls', call)
  for (const u of ['usr-t', 'usr-a', 'usr-b'])
    await store.insert('users', {
      _id: u,
      openid: null,
      name: u.slice(4).toUpperCase(),
      staffId: null,
      guardianIds: [],
      districtId: null,
      createdAt: '',
    })
  const hub = new SignalHub({ store, secret: 's3cret', loopbackOnly: true, clock: () => now })
  return { store, hub }
}

function conn() {
  const got: ServerMessage[] = []
  let closed = false
  const c: Conn = { send: (m) => void got.push(m), close: () => void (closed = true) }
  return { c, got, isClosed: () => closed }
}
const ticket = (userId: string, visitId: string, side: 'host' | 'guest' = 'guest') =>
  signTicket({ roomId, visitId, userId, side }, 's3cret', now).token

test('full rooms refuse newcomers, but a member reconnecting still gets in', async () => {
  const { hub, store } = await setUp()
  for (let i = 0; i < MAX_PEERS_PER_ROOM; i++) expect((await hub.join(ticket(`usr-x${i}`, 'vis-a'), conn().c)).ok).toBe(true)
  expect(await hub.join(ticket('usr-late', 'vis-b'), conn().c)).toMatchObject({ ok: false, code: 'VIDEO.ROOM_FULL' })
  expect((await hub.join(ticket('usr-x0', 'vis-a'), conn().c)).ok).toBe(true)
  expect(hub.roomSize(roomId)).toBe(MAX_PEERS_PER_ROOM)
  store.close()
})

test('nobody joins before the call starts; a ticket for a visit not in the room is refused', async () => {
  const { hub, store } = await setUp('waiting')
  expect(await hub.join(ticket('usr-a', 'vis-a'), conn().c)).toMatchObject({ ok: false, code: 'VIDEO.NOT_STARTED' })
  expect(await hub.join(ticket('usr-a', 'vis-z'), conn().c)).toMatchObject({ ok: false, code: 'VIDEO.BAD_TICKET' })
  store.close()
})

test("relays only within the room; a guest's bye leaves, the host's bye for all ends it for everyone", async () => {
  const { hub, store } = await setUp()
  const [t, a, b] = [conn(), conn(), conn()]
  const mt = await hub.join(ticket('usr-t', 'vis-a', 'host'), t.c)
  const ma = await hub.join(ticket('usr-a', 'vis-a'), a.c)
  const mb = await hub.join(ticket('usr-b', 'vis-b'), b.c)
  if (!mt.ok || !ma.ok || !mb.ok) throw new Error('join failed')
  expect(b.got[0]).toMatchObject({ type: 'welcome', peers: [{ label: 'T老师' }, { label: '其他家长' }] })
  await hub.message(ma.member, JSON.stringify({ type: 'signal', to: 'nobody', data: { audioOnly: true } }))
  await hub.message(ma.member, JSON.stringify({ type: 'signal', to: mb.member.peerId, data: { audioOnly: true } }))
  expect(b.got.at(-1)).toEqual({ type: 'signal', from: ma.member.peerId, data: { audioOnly: true } })
  await hub.message(mb.member, JSON.stringify({ type: 'bye', endForAll: true }))
  expect(t.got.at(-1)).toEqual({ type: 'peer-left', peerId: mb.member.peerId })
  await hub.message(mt.member, JSON.stringify({ type: 'bye', endForAll: true }))
  expect([t.got.at(-1), a.got.at(-1)]).toEqual([{ type: 'ended' }, { type: 'ended' }])
  expect(t.isClosed() && a.isClosed()).toBe(true)
  expect(await store.get('video_calls', roomId)).toMatchObject({ state: 'ended' })
  expect(hub.roomSize(roomId)).toBe(0)
  store.close()
})

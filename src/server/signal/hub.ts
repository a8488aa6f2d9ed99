// The signalling hub's rooms, without sockets: who is connected to which room, what each peer is told
// (labels shaped per viewer), relaying between peers of one room, and the call events it records.
// The socket glue (signal-server.ts) only feeds it connections and messages.
import { randomBytes } from 'node:crypto'
import { changeKnownCall, loadCall, withParticipant, type EventInput } from '../../api/video/call-store'
import { verifyTicket, type Ticket } from '../../api/video/ticket'
import { repos } from '../../api/repos'
import type { DocStore } from '../../core/ports/doc-store'
import { endedCall, isGroupRoom, labelFor, markPresence, VIDEO_MESSAGES } from '../../core/video/room.rules'
import { ClientMessageSchema, MAX_PEERS_PER_ROOM, type Peer, type ServerMessage } from '../../core/video/signal.schema'
import type { ErrorCode } from '../../core/result'
import { relayable } from './candidates'

/** One socket as the hub sees it. */
export type Conn = { send(msg: ServerMessage): void; close(): void }
type Member = { peerId: string; ticket: Ticket; name: string; conn: Conn }

export type HubOptions = { store: DocStore; secret: string; loopbackOnly: boolean; clock?: () => Date; log?: (line: string) => void }
export type Joined = { ok: true; member: Member } | { ok: false; code: ErrorCode; message: string }

export class SignalHub {
  private readonly rooms = new Map<string, Map<string, Member>>()
  constructor(private readonly opts: HubOptions) {}

  private now = () => this.opts.clock?.() ?? new Date()

  /** Peers connected now, per room (for tests and the benchmark). */
  roomSize = (roomId: string) => this.rooms.get(roomId)?.size ?? 0

  /** A connection with a ticket: welcomed into its room, or refused with a VIDEO code. */
  async join(token: string | null, conn: Conn): Promise<Joined> {
    const ticket = verifyTicket(token, this.opts.secret, this.now())
    if (!ticket) return refusal('VIDEO.BAD_TICKET', VIDEO_MESSAGES.badTicket)
    const call = await loadCall(this.opts.store, ticket.roomId)
    // The ticket names the room's visit: a visit moved to another room since (rescheduled) is refused.
    if (!call?.visitIds.includes(ticket.visitId)) return refusal('VIDEO.BAD_TICKET', VIDEO_MESSAGES.badTicket)
    if (call.state === 'ended') return refusal('VIDEO.ENDED', VIDEO_MESSAGES.ended)
    if (call.state !== 'in_call') return refusal('VIDEO.NOT_STARTED', VIDEO_MESSAGES.notStarted)
    const user = await repos(this.opts.store).users.get(ticket.userId)
    // From here on no awaits until the member is in: two joins cannot interleave their room changes.
    const room = this.rooms.get(ticket.roomId) ?? new Map<string, Member>()
    const replaced = [...room.values()].find((m) => m.ticket.userId === ticket.userId)
    if (!replaced && room.size >= MAX_PEERS_PER_ROOM) return refusal('VIDEO.ROOM_FULL', VIDEO_MESSAGES.roomFull)
    const member: Member = { peerId: `p${randomBytes(6).toString('hex')}`, ticket, name: user?.name ?? '', conn }
    // A reconnecting user replaces their old connection: the others drop it and meet the new one.
    if (replaced) this.drop(ticket.roomId, replaced, true)
    this.rooms.set(ticket.roomId, room.set(member.peerId, member))
    conn.send({
      type: 'welcome',
      peerId: member.peerId,
      peers: [...room.values()].filter((m) => m !== member).map((m) => this.peerAs(member, m)),
    })
    for (const other of room.values()) if (other !== member) other.conn.send({ type: 'peer-joined', peer: this.peerAs(other, member) })
    await this.record(member, 'joined')
    return { ok: true, member }
  }

  /** A message from a joined peer: relayed, answered, or (a host's bye for all) ending the call. */
  async message(member: Member, raw: string): Promise<void> {
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      json = null
    }
    const msg = ClientMessageSchema.safeParse(json)
    if (!msg.success) return member.conn.send({ type: 'error', code: 'INPUT.INVALID', message: '消息格式不正确' })
    const m = msg.data
    if (m.type === 'ping') return member.conn.send({ type: 'pong' })
    if (m.type === 'bye') return m.endForAll && member.ticket.side === 'host' ? this.endForAll(member) : this.leave(member)
    const target = this.rooms.get(member.ticket.roomId)?.get(m.to)
    // Only between peers of the same room; anything else is silently not delivered.
    if (!target || target === member || !relayable(m.data, this.opts.loopbackOnly)) return
    target.conn.send({ type: 'signal', from: member.peerId, data: m.data })
  }

  /** The socket closed or the peer said bye: the others are told, the call records who left. */
  async leave(member: Member): Promise<void> {
    if (!this.drop(member.ticket.roomId, member, false)) return
    await this.record(member, 'left')
  }

  /** The call ended elsewhere (the host's `end` action): everyone connected is told and let go. */
  ended(roomId: string): void {
    const room = this.rooms.get(roomId)
    if (!room) return
    this.rooms.delete(roomId)
    for (const m of room.values()) {
      m.conn.send({ type: 'ended' })
      m.conn.close()
    }
  }

  private async endForAll(host: Member): Promise<void> {
    const at = this.now().toISOString()
    const { roomId, visitId, userId } = host.ticket
    await changeKnownCall(this.opts.store, roomId, this.now(), (c) => endedCall(c, at), [{ visitId, userId, kind: 'end', reason: null }])
    this.ended(roomId)
  }

  /** Removes a member still in its room (false if it had gone already); a replaced member's socket is closed. */
  private drop(roomId: string, member: Member, replacedBy: boolean): boolean {
    const room = this.rooms.get(roomId)
    if (room?.get(member.peerId) !== member) return false
    room.delete(member.peerId)
    if (room.size === 0) this.rooms.delete(roomId)
    for (const other of room.values()) other.conn.send({ type: 'peer-left', peerId: member.peerId })
    if (replacedBy) member.conn.close()
    return true
  }

  private peerAs(viewer: Member, m: Member): Peer {
    const member = { userId: m.ticket.userId, side: m.ticket.side, visitId: m.ticket.visitId, name: m.name }
    return { peerId: m.peerId, side: m.ticket.side, label: labelFor(viewer.ticket, member, isGroupRoom(m.ticket.roomId)) }
  }

  /** Joined / left on the room's call (participants and the event log); a failure is logged, never thrown. */
  private async record(member: Member, kind: 'joined' | 'left'): Promise<void> {
    const { roomId, visitId, userId, side } = member.ticket
    const at = this.now().toISOString()
    const event: EventInput = { visitId, userId, kind, reason: null }
    const result = await changeKnownCall(
      this.opts.store,
      roomId,
      this.now(),
      (c) => (c.state !== 'in_call' ? null : withParticipant(c, { userId, side, visitId }, (p) => markPresence(p, kind, at))),
      [event],
    ).catch((e: unknown) => ({ ok: false as const, error: { code: 'SYS.INTERNAL', message: (e as Error).message } }))
    if (!result.ok) this.opts.log?.(`[signal] recording ${kind} failed: ${result.error.code}`)
  }
}

const refusal = (code: ErrorCode, message: string): Joined => ({ ok: false, code, message })

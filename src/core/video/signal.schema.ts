// The signalling protocol between a browser and the server (WebSocket at /signal?t=<join token>).
// The server relays offers, answers and ICE candidates between the peers of one room and tells each
// peer who is there. Labels are shaped per viewer: in a group room a family sees the teacher's name
// and "其他家长", never another family's names.
import { z } from 'zod'
import { CallSideSchema } from './video.schema'

export const SIGNAL_PATH = '/signal'

export const PeerSchema = z.object({ peerId: z.string(), label: z.string(), side: CallSideSchema })
export type Peer = z.infer<typeof PeerSchema>

/** What WebRTC hands over: a session description or an ICE candidate (opaque to the server but size-bound). */
export const SignalDataSchema = z.union([
  z.object({ sdp: z.object({ type: z.enum(['offer', 'answer']), sdp: z.string().max(20_000) }).strict() }).strict(),
  z
    .object({
      candidate: z
        .object({
          candidate: z.string().max(1_000),
          sdpMid: z.string().max(64).nullable().optional(),
          sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
          usernameFragment: z.string().max(256).nullable().optional(),
        })
        .strict(),
    })
    .strict(),
  /** The sender switched to audio only (or back): the other side shows it. */
  z.object({ audioOnly: z.boolean() }).strict(),
])
export type SignalData = z.infer<typeof SignalDataSchema>

/** Client → server. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('signal'), to: z.string().max(64), data: SignalDataSchema }).strict(),
  /** The host ends the call for everyone; a guest's bye only leaves. */
  z.object({ type: z.literal('bye'), endForAll: z.boolean() }).strict(),
  z.object({ type: z.literal('ping') }).strict(),
])
export type ClientMessage = z.infer<typeof ClientMessageSchema>

/** Server → client. */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('welcome'), peerId: z.string(), peers: z.array(PeerSchema) }),
  z.object({ type: z.literal('peer-joined'), peer: PeerSchema }),
  z.object({ type: z.literal('peer-left'), peerId: z.string() }),
  z.object({ type: z.literal('signal'), from: z.string(), data: SignalDataSchema }),
  z.object({ type: z.literal('ended') }),
  z.object({ type: z.literal('pong') }),
  /** The connection is refused or closed: code from VIDEO.*, message in Chinese. */
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
])
export type ServerMessage = z.infer<typeof ServerMessageSchema>

/** The newcomer offers to every peer already in the room (a full mesh: 2–6 people). */
export const MAX_PEERS_PER_ROOM = 8

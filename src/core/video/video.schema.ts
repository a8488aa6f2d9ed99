// A visit's call: who may be in it, what happened, and the fallbacks used. No audio or video is
// ever stored; only times, participants and fallbacks.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { VisitFormatSchema } from '../model/visit.schema'

/** Which side of the visit a participant is on: the host (visitor, co-visitors) or a guardian. */
export const CALL_SIDES = ['host', 'guest'] as const
export const CallSideSchema = z.enum(CALL_SIDES)
export type CallSide = z.infer<typeof CallSideSchema>

/** The call of one room as the server keeps it. */
export const CALL_STATES = ['waiting', 'in_call', 'ended'] as const
export const CallStateSchema = z.enum(CALL_STATES)
export type CallState = z.infer<typeof CallStateSchema>

/** How the visit was actually held when the call did not carry it. */
export const FALLBACKS = ['meeting', 'phone'] as const
export const FallbackSchema = z.enum(FALLBACKS)
export type Fallback = z.infer<typeof FallbackSchema>
export const FALLBACK_LABELS: Record<Fallback, string> = { meeting: '腾讯会议', phone: '电话' }

export const CALL_EVENT_KINDS = ['ready', 'start', 'joined', 'left', 'failed', 'fallback', 'end'] as const
export const CallEventKindSchema = z.enum(CALL_EVENT_KINDS)

export const CallParticipantSchema = z.object({
  userId: z.string(),
  side: CallSideSchema,
  /** The visit through which this person is in the room (group rooms hold several families' visits). */
  visitId: z.string(),
  firstJoinedAt: z.string().nullable(),
  lastLeftAt: z.string().nullable(),
  /** Waiting-room readiness, as the device reported it. */
  camera: z.boolean(),
  microphone: z.boolean(),
  lastSeenAt: z.string(),
})
export type CallParticipant = z.infer<typeof CallParticipantSchema>

/**
 * `video_calls/<roomId>`: one per room. A room is one visit (`v:<visitId>`), or for a group visit all
 * the teacher's group visits agreed for the same start (`g:<teacherUserId>:<startAt>`).
 */
export const VideoCallSchema = DocBase.extend({
  roomId: z.string(),
  schoolId: z.string(),
  visitIds: z.array(z.string()),
  format: VisitFormatSchema,
  /** Random and unguessable: the VoIP group id WeChat signs (never derived from ids). */
  groupId: z.string(),
  state: CallStateSchema,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  startedBy: z.string().nullable(),
  participants: z.array(CallParticipantSchema),
  fallbacks: z.array(z.object({ visitId: z.string(), via: FallbackSchema, at: z.string(), byUserId: z.string() })),
  updatedAt: z.string(),
})
export type VideoCall = z.infer<typeof VideoCallSchema>

/** `call_events/<id>`: an append-only log of a room (who joined, left, failed and why). */
export const CallEventSchema = DocBase.extend({
  roomId: z.string(),
  visitId: z.string(),
  userId: z.string(),
  kind: CallEventKindSchema,
  /** A failure's code (see voip-errors) or the fallback used; never free text from the device. */
  reason: z.string().nullable(),
  at: z.string(),
})
export type CallEvent = z.infer<typeof CallEventSchema>

/** A Tencent Meeting number: 9 to 12 digits (spaces and dashes as people type them are removed). */
export const MEETING_NUMBER = /^\d{9,12}$/

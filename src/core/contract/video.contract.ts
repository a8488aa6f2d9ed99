// Video visits (cloud function 'video'): the waiting room, starting and ending a call, join tickets
// for the browser's WebRTC, VoIP signatures for WeChat, call events, and the fallbacks (Tencent
// Meeting, a phone call). Only the visit's visitor, co-visitors and the family's guardians take part;
// anyone else is answered as for a missing visit.
import { z } from 'zod'
import { STAFF } from '../roles'
import { VisitFormatSchema } from '../model/visit.schema'
import { CallSideSchema, CallStateSchema, FallbackSchema } from '../video/video.schema'
import { choice, flag, id, text } from './fields'

const PARTICIPANTS = [...STAFF, 'parent'] as const

/** Someone in the room, as the caller may see them (another family in a group room: "其他家长"). */
export const RoomPersonSchema = z.object({
  label: z.string(),
  side: CallSideSchema,
  /** Seen in the waiting room or the call within the last minute. */
  present: z.boolean(),
  inCall: z.boolean(),
  camera: z.boolean(),
  microphone: z.boolean(),
})

export const RoomViewSchema = z.object({
  roomId: z.string(),
  visitId: z.string(),
  format: VisitFormatSchema,
  /** Several families' visits in one session (分组家访). */
  group: z.boolean(),
  side: CallSideSchema,
  teacherName: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  state: CallStateSchema,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  people: z.array(RoomPersonSchema),
  /** The host may start (or restart) the call now. */
  canStart: z.boolean(),
  meetingNumber: z.string().nullable(),
  /** Host only: the family's guardians to phone (names, never numbers). */
  phoneTargets: z.array(z.object({ guardianId: z.string(), label: z.string() })),
  fallbacks: z.array(z.object({ via: FallbackSchema, at: z.string() })),
})
export type RoomView = z.infer<typeof RoomViewSchema>

export const IceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
})

const visitOnly = z.object({ visitId: id('家访') }).strict()

export const videoContract = {
  room: {
    summary: '家访双方：视频家访的等候室（谁在等候、通话状态、备用方式）',
    input: visitOnly,
    output: RoomViewSchema,
    roles: PARTICIPANTS,
  },
  ready: {
    summary: '家长：在等候室，报告摄像头和麦克风是否可用（每 30 秒一次，表示仍在等候）',
    input: z.object({ visitId: id('家访'), camera: flag('摄像头是否可用'), microphone: flag('麦克风是否可用') }).strict(),
    output: RoomViewSchema,
    roles: PARTICIPANTS,
    write: true,
  },
  start: {
    summary: '家访老师：发起视频通话（等候中的家长随即加入）',
    input: visitOnly,
    output: RoomViewSchema,
    roles: STAFF,
    write: true,
  },
  end: {
    summary: '家访老师：结束视频通话（所有人挂断）',
    input: visitOnly,
    output: RoomViewSchema,
    roles: STAFF,
    write: true,
  },
  joinTicket: {
    summary: '家访双方：浏览器视频通话的入场凭证（只对这次家访有效，几分钟内过期）和 STUN/TURN 服务器',
    input: visitOnly,
    output: z.object({
      token: z.string(),
      expiresAt: z.string(),
      signalPath: z.string(),
      iceServers: z.array(IceServerSchema),
    }),
    roles: PARTICIPANTS,
  },
  voipSign: {
    summary: '家访双方：微信多人音视频通话的签名（只对这次家访的房间）',
    input: visitOnly,
    output: z.object({ groupId: z.string(), nonceStr: z.string(), timeStamp: z.number(), signature: z.string() }),
    roles: PARTICIPANTS,
  },
  callEvent: {
    summary: '家访双方：登记加入、离开或失败（失败只记错误代码，不记录音视频）',
    input: z
      .object({
        visitId: id('家访'),
        kind: choice(['joined', 'left', 'failed'], '通话事件'),
        reason: text(40, '失败原因')
          .regex(/^[A-Za-z0-9_.:-]*$/, '失败原因格式不正确')
          .optional(),
      })
      .strict(),
    output: z.object({ recorded: z.boolean() }),
    roles: PARTICIPANTS,
    write: true,
  },
  fallback: {
    summary: '家访老师：视频不通时改用腾讯会议或电话，家访按实际方式登记',
    input: z.object({ visitId: id('家访'), via: choice(['meeting', 'phone'], '备用方式') }).strict(),
    output: RoomViewSchema,
    roles: STAFF,
    write: true,
  },
  setMeeting: {
    summary: '家访老师：登记这次家访的腾讯会议号（作为备用方式给家长看）',
    input: z.object({ visitId: id('家访'), meetingNumber: text(20, '会议号').transform((s) => s.replace(/[\s-]/g, '')) }).strict(),
    output: RoomViewSchema,
    roles: STAFF,
    write: true,
  },
  revealPhone: {
    summary: '家访老师：视频不通时查看家长电话以便拨打（会被记录在敏感信息查看记录中）',
    input: z.object({ visitId: id('家访'), guardianId: id('家长') }).strict(),
    output: z.object({ phone: z.string() }),
    roles: STAFF,
  },
} as const

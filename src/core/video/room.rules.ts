// Video rooms: which room a visit's call is held in, who takes part and on which side, how each viewer
// sees the others, and when a call may be held. Pure: the routes and the signalling hub share it.
import type { Visit } from '../model/visit.schema'
import { inZone } from '../time'
import type { CallParticipant, CallSide, VideoCall } from './video.schema'
import { MEETING_NUMBER } from './video.schema'

export type RoomVisit = Pick<Visit, '_id' | 'teacherId' | 'teacherUserId' | 'status' | 'agreed' | 'coVisitors' | 'studentIds'>

/** A group visit (分组家访) shares its room with the same teacher's group visits agreed for the same start. */
export const isGroupVisit = (v: Pick<Visit, 'agreed'>) => v.agreed?.option.format === 'group'
export const isGroupRoom = (roomId: string) => roomId.startsWith('g:')

/** `v:<visitId>`, or `g:<teacherUserId>:<startAt>` for a group visit; null until a time is agreed. */
export function roomIdOf(v: Pick<Visit, '_id' | 'teacherUserId' | 'agreed'>): string | null {
  if (!v.agreed) return null
  return isGroupVisit(v) ? `g:${v.teacherUserId}:${v.agreed.option.startAt}` : `v:${v._id}`
}

/** Who is asking, as the server knows them (never from the payload). */
export type Who = { staffId: string | null; isParent: boolean; boundStudentIds: readonly string[] }

/**
 * Host: the visit's teacher or an accepted co-visitor. Guest: a parent with an approved binding to one of
 * the visit's children. Anyone else (other teachers, other families, leaders): null, i.e. "not found".
 */
export function sideIn(v: Pick<Visit, 'teacherId' | 'coVisitors' | 'studentIds'>, who: Who): CallSide | null {
  if (who.staffId && (who.staffId === v.teacherId || v.coVisitors.some((c) => c.staffId === who.staffId))) return 'host'
  if (who.isParent && who.boundStudentIds.some((s) => v.studentIds.includes(s))) return 'guest'
  return null
}

export type CallWindow = 'open' | 'not_agreed' | 'early' | 'over'

/** A call is held for an agreed (scheduled) visit on its agreed day, Shanghai time. */
export function callWindow(v: Pick<Visit, 'status' | 'agreed'>, now: Date): CallWindow {
  if (v.status !== 'scheduled' || !v.agreed) return 'not_agreed'
  const day = inZone(v.agreed.option.startAt)
  if (now.getTime() < day.startOf('day').valueOf()) return 'early'
  if (now.getTime() >= day.endOf('day').valueOf()) return 'over'
  return 'open'
}

/** Someone in a room, as the server keeps them for labelling. */
export type RoomMember = { userId: string; side: CallSide; visitId: string; name: string }

/**
 * How `viewer` sees `member`: hosts by name ("王老师"), guardians by name to the host and to their own
 * family; in a group room a family sees other families only as "其他家长".
 */
export function labelFor(viewer: Pick<RoomMember, 'side' | 'visitId' | 'userId'>, member: RoomMember, group: boolean): string {
  if (member.side === 'host') return `${member.name}老师`
  if (group && viewer.side === 'guest' && viewer.visitId !== member.visitId) return OTHER_FAMILY
  return `${member.name}（家长）`
}
export const OTHER_FAMILY = '其他家长'

/** Seen in the waiting room or the call within this long counts as present. */
export const PRESENT_MS = 60_000

/** A Tencent Meeting number as people type it ("123 456 789", "123-456-789"), or null if it is not one. */
export function meetingNumberOf(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '')
  return MEETING_NUMBER.test(digits) ? digits : null
}

export const VIDEO_MESSAGES = {
  notAgreed: '这次家访还没有约定时间，约定后才能视频',
  early: (startAt: string) => `还没到约定的家访日：请在 ${inZone(startAt).format('M月D日')} 当天进入视频家访`,
  over: '约定的家访日已经过去，不能再发起视频；请改期后再约',
  notStarted: '老师还没有开始视频，请保持此页面打开，老师开始后会自动进入',
  ended: '这次视频已经结束',
  badTicket: '进入视频的凭证无效或已过期，请返回后重新进入',
  roomFull: '视频里的人数已满，请改用电话或腾讯会议',
  noVoip: '本地服务不支持微信音视频通话，请在浏览器中使用视频，或改用腾讯会议、电话',
  badMeeting: '腾讯会议号应为9到12位数字，请检查后重新填写',
  noMeeting: '还没有登记腾讯会议号，请先填写会议号',
  noPhone: '这位家长没有登记电话号码，请改用其他方式联系',
} as const

/** In the call now: joined, and seen since they last left. */
export const isInCall = (call: Pick<VideoCall, 'state'>, p: CallParticipant) =>
  call.state === 'in_call' && p.lastJoinedAt !== null && (p.lastLeftAt === null || p.lastJoinedAt > p.lastLeftAt)

/** Ended for everyone: the call, and whoever was still in it has left. Ending twice is one end (null). */
export function endedCall(c: VideoCall, at: string): VideoCall | null {
  if (c.state === 'ended') return null
  const participants = c.participants.map((p) => (isInCall(c, p) ? { ...p, lastLeftAt: at } : p))
  return { ...c, state: 'ended', endedAt: at, participants }
}

/** A participant joining (again) or leaving the call at `at`. */
export const markPresence = (p: CallParticipant, kind: 'joined' | 'left', at: string): CallParticipant =>
  kind === 'joined'
    ? { ...p, firstJoinedAt: p.firstJoinedAt ?? at, lastJoinedAt: at, lastSeenAt: at }
    : { ...p, lastLeftAt: at, lastSeenAt: at }

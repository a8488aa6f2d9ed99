// Holding a visit: check-in / check-out with times, who took part, lone-visit safety. Nothing about
// location is stored: the alert names the agreed time and the family's area, read from the sealed
// address when it is sent and never kept.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import type { Visit, VisitFormat } from '../model/visit.schema'
import { formatLocal, inZone } from '../time'
import { FallbackSchema } from '../video/video.schema'

export const PRESENCES = ['in_person', 'remote'] as const
export const PRESENCE_LABELS: Record<(typeof PRESENCES)[number], string> = { in_person: '在场', remote: '远程' }

/** Formats held in person, with a check-in (video visits come with the video call). */
export const CHECK_IN_FORMATS = ['home', 'school', 'group'] as const satisfies readonly VisitFormat[]
export const canCheckIn = (format: VisitFormat) => (CHECK_IN_FORMATS as readonly string[]).includes(format)

/** Earliest check-in before the agreed start; an overdue alert this long after the agreed end. */
export const EARLY_MINUTES = 60
export const OVERDUE_MINUTES = 30

export const PersonSchema = z.object({ staffId: z.string(), userId: z.string(), name: z.string() })
export const ParticipantsSchema = z.object({
  guardians: z.array(z.object({ guardianId: z.string(), presence: z.enum(PRESENCES) })),
  staffIds: z.array(z.string()),
})
export type Participants = z.infer<typeof ParticipantsSchema>

/** `visit_sessions/<visitId>`: the visit as held. */
export const VisitSessionSchema = DocBase.extend({
  visitId: z.string(),
  schoolId: z.string(),
  teacherUserId: z.string(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  /** The agreed end: the overdue alert counts from here. */
  expectedEndAt: z.string(),
  agreedStartAt: z.string(),
  safetyContact: PersonSchema.nullable(),
  /** Checked in, not out, with a colleague named and not yet alerted: what the overdue job looks at. */
  watching: z.boolean(),
  alertedAt: z.string().nullable(),
  participants: ParticipantsSchema.nullable(),
  /** A video visit held by a fallback instead (腾讯会议 / 电话): the way actually used. */
  heldVia: FallbackSchema.nullable().optional(),
  updatedAt: z.string(),
})
export type VisitSession = z.infer<typeof VisitSessionSchema>

/** The session of a visit held without a check-in (by phone or video): times from the agreement, nothing watched. */
export function remoteSessionOf(
  visit: Pick<Visit, '_id' | 'schoolId' | 'teacherUserId' | 'agreed'>,
  at: string,
  held: Pick<VisitSession, 'participants'> & Partial<Pick<VisitSession, 'heldVia'>>,
): Omit<VisitSession, '_v'> {
  return {
    _id: visit._id,
    visitId: visit._id,
    schoolId: visit.schoolId,
    teacherUserId: visit.teacherUserId,
    checkInAt: null,
    checkOutAt: null,
    expectedEndAt: visit.agreed!.option.endAt,
    agreedStartAt: visit.agreed!.option.startAt,
    safetyContact: null,
    watching: false,
    alertedAt: null,
    ...held,
    updatedAt: at,
  }
}

export const HOLD_MESSAGES = {
  notAgreed: '这次家访还没有约定时间，约定后才能开始',
  video: '视频家访请在视频通话中进行，这里暂不签到；结束后可以直接登记参加人员',
  tooEarly: (start: string) => `还没到家访时间：最早在约定时间前${EARLY_MINUTES}分钟签到（约定 ${formatLocal(start, 'HH:mm')}）`,
  dayOver: '约定的家访日已经过去，不能再签到；请改期后再去',
  notCheckedIn: '还没有签到，请先点“开始家访（签到）”',
  checkedOut: '这次家访已经签退',
  noGuardian: '请至少选择一位参加的家长',
  noStaff: '请至少选择一位参加的老师',
  guardianUnknown: '所选家长不是这个家庭登记的家长，请刷新后重新选择',
  staffUnknown: '所选老师不是这次家访的家访人，请刷新后重新选择',
  contactUnknown: '所选同事不在本校或已停用，请重新选择',
  contactSelf: '请选择另一位同事作为安全联系人',
  noOneToTell: '没有可以通知的同事：请在签到时选择一位安全联系人',
  heldRemotely: '这次家访已按电话或视频登记了参加人员，不需要再签到',
  inPersonUseCheckOut: '入户、到校和分组家访请在签退时登记参加人员',
} as const

/** Check-in opens an hour before the agreed start and closes at the end of the agreed day (Shanghai). */
export function checkInWindow(startAt: string, now: Date): 'early' | 'over' | 'open' {
  const start = inZone(startAt)
  if (now.getTime() < start.subtract(EARLY_MINUTES, 'minute').valueOf()) return 'early'
  if (now.getTime() >= start.endOf('day').valueOf()) return 'over'
  return 'open'
}

export const overdueAt = (expectedEndAt: string) => new Date(new Date(expectedEndAt).getTime() + OVERDUE_MINUTES * 60_000).toISOString()

export const UNKNOWN_AREA = '家访地点未登记'
/** The area is at most this long: anything longer is not an area we understood. */
const AREA_MAX = 24

/**
 * The family's area from its address: up to the sub-district (街道, 镇, 乡), else up to the street name
 * (路/街/大道), never a house number. Anything we cannot read safely gives "not registered".
 */
export function areaOf(address: string | null): string {
  const a = (address ?? '').replace(/\s+/g, '')
  if (!a) return UNKNOWN_AREA
  const m = /^(.+?(?:街道|镇|乡))/.exec(a) ?? /^(.+?(?:大道|路|街))/.exec(a)
  const area = m?.[1]
  if (!area || area.length > AREA_MAX || /[0-9０-９#号栋幢单元室楼]/.test(area)) return UNKNOWN_AREA
  return area
}

const when = (startAt: string, endAt: string) => `${formatLocal(startAt)}–${formatLocal(endAt, 'HH:mm')}`

/** Inbox texts: the teacher's name, the agreed time and the area; never the child or the address. */
export const HOLD_TEXTS = {
  help: (teacherName: string, startAt: string, endAt: string, area: string) => ({
    title: '同事家访中请求帮助',
    body: `${teacherName}老师在家访中按下了“我需要帮助”。家访时间：${when(startAt, endAt)}；大致区域：${area}。请立即电话联系${teacherName}老师，必要时报警。`,
  }),
  overdue: (teacherName: string, startAt: string, endAt: string, area: string) => ({
    title: '同事家访超时未签退',
    body: `${teacherName}老师的家访已超过约定结束时间${OVERDUE_MINUTES}分钟仍未签退。家访时间：${when(startAt, endAt)}；大致区域：${area}。请电话确认${teacherName}老师是否安全。`,
  }),
}

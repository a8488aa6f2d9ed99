// Parents' opinions as tickets (policy §三(四)): from a record, a questionnaire or "给学校提建议", routed to
// the class (its head teacher) or the school (leadership). Owners answer; the parent reads the answer;
// an unanswered ticket shows how long it has waited on the owner's home and the leader's board.
import { z } from 'zod'
import { localDateOf } from '../coverage/calendar'
import { DocBase } from '../model/base.schema'
import { err, ok, type Result } from '../result'
import { hasAnyRole, LEADERSHIP, type Role } from '../roles'
import { dayjs, toIso } from '../time'

export const TICKET_SOURCES = ['record', 'survey', 'suggestion'] as const
export const TICKET_ROUTES = ['class', 'school'] as const
export type TicketRoute = (typeof TICKET_ROUTES)[number]
export const TICKET_ROUTE_LABELS: Record<TicketRoute, string> = { class: '班级（班主任）', school: '学校（校领导）' }
export const TICKET_STATES = ['open', 'answered'] as const
export type TicketState = (typeof TICKET_STATES)[number]
export const TICKET_STATE_LABELS: Record<TicketState, string> = { open: '待回复', answered: '已回复' }

const TicketMoveSchema = z.object({ at: z.string(), route: z.enum(TICKET_ROUTES), ownerId: z.string().nullable() })

export const TicketSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  /** The parent who raised it (null for an opinion a teacher wrote down in a record). */
  parentUserId: z.string().nullable(),
  source: z.enum(TICKET_SOURCES),
  route: z.enum(TICKET_ROUTES),
  classId: z.string().nullable(),
  /** The head teacher who answers a class ticket; null for the school (any of the leadership). */
  ownerId: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  state: z.enum(TICKET_STATES),
  answer: z.object({ text: z.string(), at: z.string(), by: z.string() }).nullable(),
  /** Where it was before each move (the record's opinion sent elsewhere on an amendment); absent: never moved. */
  moves: z.array(TicketMoveSchema).optional(),
})
export type Ticket = z.infer<typeof TicketSchema>

export type Routing = Pick<Ticket, 'route' | 'classId' | 'ownerId'>

/** Where a ticket goes: the class's head teacher, or the school when asked for or when the class has none. */
export function routeTicket(to: TicketRoute, cls: { classId: string; headTeacherId: string | null } | null): Routing {
  if (to === 'class' && cls?.headTeacherId) return { route: 'class', classId: cls.classId, ownerId: cls.headTeacherId }
  return { route: 'school', classId: cls?.classId ?? null, ownerId: null }
}

const sameRouting = (a: Routing, b: Routing) => a.route === b.route && a.ownerId === b.ownerId && a.classId === b.classId

/**
 * The patch that hands an open ticket to its new owner, keeping its id, age and where it was; null when
 * it is already there (a retried amendment) or answered (a closed ticket is not reopened).
 */
export function moveTicket(t: Ticket, to: Routing, now: Date): Partial<Ticket> | null {
  if (t.state !== 'open' || sameRouting(t, to)) return null
  const moves = [...(t.moves ?? []), { at: toIso(now), route: t.route, ownerId: t.ownerId }]
  return { route: to.route, classId: to.classId, ownerId: to.ownerId, moves }
}

export type TicketActor = { staffId: string; roles: readonly Role[] }

/** The owner answers; the leadership may answer any ticket of the school (a class ticket left too long). */
export const canAnswerTicket = (t: Pick<Ticket, 'route' | 'ownerId'>, actor: TicketActor) =>
  hasAnyRole(actor.roles, LEADERSHIP) || (t.route === 'class' && t.ownerId === actor.staffId)

/** The patch an answer makes, or why not. */
export function answerTicket(t: Ticket, text: string, actor: TicketActor, now: Date): Result<Partial<Ticket>> {
  if (t.state === 'answered') return err('TICKET.ANSWERED', '这条意见已经回复过了')
  if (!canAnswerTicket(t, actor)) return err('TICKET.NOT_OWNER', '这条意见不归您回复')
  return ok({ state: 'answered', answer: { text, at: toIso(now), by: actor.staffId } })
}

/** Whole Shanghai days since it was raised, until answered (a ticket raised at 23:50 has waited a day at 00:10). */
export function waitingDays(t: Pick<Ticket, 'createdAt' | 'answer'>, now: Date): number {
  const end = t.answer ? t.answer.at : toIso(now)
  const days = dayjs(`${localDateOf(end)}T00:00:00Z`).diff(dayjs(`${localDateOf(t.createdAt)}T00:00:00Z`), 'day')
  return Math.max(0, days)
}

/** The age shown beside an open ticket: 今天提交 / 已等待 N 天. */
export function ageLabel(t: Pick<Ticket, 'createdAt' | 'answer' | 'state'>, now: Date): string {
  if (t.state === 'answered') return TICKET_STATE_LABELS.answered
  const n = waitingDays(t, now)
  return n === 0 ? '今天提交' : `已等待${n}天`
}

/** Open tickets oldest first, as the owner's home and the board list them. */
export const oldestFirst = <T extends Pick<Ticket, 'createdAt' | '_id'>>(ts: readonly T[]) =>
  [...ts].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a._id < b._id ? -1 : 1))

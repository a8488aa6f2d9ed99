// The owner's side: the head teacher answers the class's tickets, the leadership the school's.
// Another class's head teacher, or another school, finds nothing: a ticket not theirs is "not there".
import { isOnRoll } from '../../../../core/model/family.schema'
import { pageLink } from '../../../../core/pages'
import type { DocStore, WriteOp } from '../../../../core/ports/doc-store'
import { writes } from '../../../../core/ports/writes'
import { Errors, ok } from '../../../../core/result'
import { hasAnyRole, LEADERSHIP } from '../../../../core/roles'
import { answerTicket as answerPatch, canAnswerTicket, oldestFirst, type Ticket } from '../../../../core/survey/ticket.rules'
import { repos } from '../../../repos'
import type { Caller, RouteTable } from '../../../types'
import { ticketAge, ticketView } from './views'

type R = RouteTable<'surveys'>
const SHOWN = 100

/** Open tickets the caller answers: their class tickets, and the school's for the leadership. */
async function openTicketsOf(store: DocStore, caller: Caller): Promise<Ticket[]> {
  const staff = caller.staff
  if (!staff || !caller.schoolId) return []
  const r = repos(store)
  const asLeader = hasAnyRole(caller.roles, LEADERSHIP)
  const [own, school] = await Promise.all([
    r.tickets.find({ where: { ownerId: staff._id, state: 'open' }, orderBy: [['createdAt', 'asc']], limit: SHOWN }),
    asLeader
      ? r.tickets.find({
          where: { schoolId: caller.schoolId, route: 'school', state: 'open' },
          orderBy: [['createdAt', 'asc']],
          limit: SHOWN,
        })
      : [],
  ])
  return oldestFirst([...own.filter((t) => t.schoolId === caller.schoolId), ...school]).slice(0, SHOWN)
}

/** The children each family's tickets are about, for the owner (who knows the family). */
async function childNames(store: DocStore, tickets: Ticket[]): Promise<(t: Ticket) => string> {
  const familyIds = [...new Set(tickets.map((t) => t.familyId))]
  const kids = familyIds.length ? await repos(store).students.find({ where: { familyId: { in: familyIds } }, limit: 100 }) : []
  return (t) => {
    const theirs = kids.filter((k) => k.familyId === t.familyId)
    // Children on roll; a family whose children all left is still named by them (an old ticket keeps its subject).
    const named = theirs.some(isOnRoll) ? theirs.filter(isOnRoll) : theirs
    return named.map((k) => k.name).join('、')
  }
}

export const ticketsToAnswer: R['ticketsToAnswer'] = async (_input, ctx, { store }) => {
  const tickets = await openTicketsOf(store, ctx.caller)
  const about = await childNames(store, tickets)
  return ok({ tickets: tickets.map((t) => ticketView(t, ctx.now, about(t))), age: ticketAge(tickets.length, tickets[0], ctx.now) })
}

export const answerTicket: R['answerTicket'] = async ({ ticketId, text }, ctx, { store }) => {
  const staff = ctx.caller.staff
  const ticket = await repos(store).tickets.get(ticketId)
  const actor = staff && { staffId: staff._id, roles: ctx.caller.roles }
  if (!ticket || !actor || ticket.schoolId !== ctx.caller.schoolId || !canAnswerTicket(ticket, actor)) return Errors.notFound('意见')
  // A retried answer is the same answer.
  if (ticket.answer && ticket.answer.by === actor.staffId && ticket.answer.text === text) return ok(ticketView(ticket, ctx.now))
  const patch = answerPatch(ticket, text, actor, ctx.now)
  if (!patch.ok) return patch
  const answered = { ...ticket, ...patch.data }
  const told = await tellParents(store, answered, ctx.now.toISOString())
  const result = await store.batch([writes.update('tickets', ticket._id, patch.data, ticket._v), ...told])
  if (!result.ok) return Errors.conflict('这条意见刚刚有人回复了，请刷新后查看')
  return ok(ticketView({ ...answered, _v: ticket._v + 1 }, ctx.now))
}

/** A neutral inbox item (no names) for whoever raised it: the parent, or the family's bound parents for a record's opinion. */
async function tellParents(store: DocStore, t: Ticket, at: string): Promise<WriteOp[]> {
  const r = repos(store)
  let users = t.parentUserId ? [t.parentUserId] : []
  if (!t.parentUserId) {
    const kids = await r.students.find({ where: { familyId: t.familyId }, limit: 20 })
    const bound = kids.length
      ? await r.bindings.find({ where: { studentId: { in: kids.map((k) => k._id) }, status: 'approved' }, limit: 50 })
      : []
    users = [...new Set(bound.map((b) => b.userId))]
  }
  return users.map((userId) =>
    writes.insert('inbox', {
      _id: `inb-ticket-${t._id}-${userId}`,
      userId,
      title: '您提的意见有了回复',
      body: '学校回复了您提的意见，请打开家访助手查看。',
      page: pageLink('parentSuggest'),
      at,
      read: false,
    }),
  )
}

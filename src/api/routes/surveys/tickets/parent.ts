// The parent's side: "给学校提建议" and their tickets with the answers.
import { isOnRoll } from '../../../../core/model/family.schema'
import { ok, Errors } from '../../../../core/result'
import { ticketFromSuggestion } from '../../../../core/survey/ticket.sources'
import { suggestTicketId } from '../../../../core/survey/typical-case.schema'
import { writes } from '../../../../core/ports/writes'
import type { DocStore } from '../../../../core/ports/doc-store'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'
import { ticketView } from './views'

type R = RouteTable<'surveys'>

/** The parent's children (approved bindings), first bound first. */
async function childrenOf(store: DocStore, userId: string) {
  const r = repos(store)
  const bindings = await r.bindings.find({ where: { userId, status: 'approved' }, limit: 50 })
  return r.students.getMany(bindings.map((b) => b.studentId))
}

export const suggest: R['suggest'] = async ({ requestId, to, text }, ctx, { store }) => {
  const userId = ctx.caller.user._id
  const r = repos(store)
  const known = await r.tickets.get(suggestTicketId(userId, requestId))
  if (known) return ok(ticketView(known, ctx.now))
  // A suggestion is about the school the parent's child attends (the first on roll, for a parent of several).
  const children = await childrenOf(store, userId)
  const child = children.find(isOnRoll) ?? children[0]
  if (!child) return Errors.notFound('孩子的绑定')
  const cls = await r.classes.get(child.classId)
  const owner = cls && { classId: cls._id, headTeacherId: cls.headTeacherId }
  const ticket = ticketFromSuggestion({ userId, requestId, schoolId: child.schoolId, familyId: child.familyId, to, text }, owner, ctx.now)
  const result = await store.batch([writes.insert('tickets', ticket)])
  if (!result.ok) {
    // The same request raced in: the stored ticket is the answer.
    const again = await r.tickets.get(ticket._id)
    return again ? ok(ticketView(again, ctx.now)) : Errors.conflict('提交没有成功，请再试一次')
  }
  return ok(ticketView({ ...ticket, _v: 1 }, ctx.now))
}

/** Their own suggestions and the opinions written down in their family's visits; not another guardian's suggestions. */
export const myTickets: R['myTickets'] = async (_input, ctx, { store }) => {
  const userId = ctx.caller.user._id
  const familyIds = [...new Set((await childrenOf(store, userId)).map((s) => s.familyId))]
  if (!familyIds.length) return ok({ tickets: [] })
  const found = await repos(store).tickets.find({ where: { familyId: { in: familyIds } }, orderBy: [['createdAt', 'desc']], limit: 100 })
  const mine = found.filter((t) => t.parentUserId === null || t.parentUserId === userId)
  return ok({ tickets: mine.map((t) => ticketView(t, ctx.now)) })
}

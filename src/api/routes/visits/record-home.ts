// The teacher home: the plan follow-ups the caller owns that come later (after the worklist's week, within
// 30 days: the due and overdue ones are on 还需家访, with the same 标记完成) and the visits they held whose
// record is due within two days or overdue. One bounded query each.
import { followUpHorizon } from '../../../core/coverage/worklist'
import { Errors, ok } from '../../../core/result'
import { startOfLocalDay } from '../../../core/time'
import { isDueSoon, isOverdue, localDaysAhead, recordDueBy, DUE_SOON_DAYS, RECORD_DUE_DAYS } from '../../../core/visit/record.time'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'

type R = RouteTable<'visits'>

const FOLLOW_UP_DAYS = 30
const LIMIT = 50

export const myFollowUps: R['myFollowUps'] = async (_input, ctx, { store }) => {
  const ownerId = ctx.caller.staff?._id ?? '-'
  const where = { ownerId, done: false, dueDate: { gt: followUpHorizon(ctx.now), lte: localDaysAhead(ctx.now, FOLLOW_UP_DAYS) } }
  const rows = await repos(store).follow_ups.find({ where, orderBy: [['dueDate', 'asc']], limit: LIMIT })
  return ok({ followUps: rows.map((f) => ({ id: f._id, visitId: f.visitId, dueDate: f.dueDate, text: f.text })) })
}

/** Only the follow-up's owner; anyone else finds nothing. Marking it twice is the same as once. */
export const finishFollowUp: R['finishFollowUp'] = async ({ id }, ctx, { store }) => {
  const f = await repos(store).follow_ups.get(id)
  if (!f || f.ownerId !== ctx.caller.staff?._id) return Errors.notFound('跟进')
  if (f.done) return ok({ id, done: true as const })
  if (!(await store.update('follow_ups', id, { done: true }, f._v))) return Errors.conflict('这条跟进刚刚被更新，请刷新后再试')
  return ok({ id, done: true as const })
}

export const myOverdueRecords: R['myOverdueRecords'] = async (_input, ctx, { store }) => {
  const r = repos(store)
  const teacherId = ctx.caller.staff?._id ?? '-'
  // Held visits (agreed start passed) still scheduled have no record; due (start day + 5) within 2 days.
  const cutoff = startOfLocalDay(localDaysAhead(ctx.now, DUE_SOON_DAYS - RECORD_DUE_DAYS + 1)).toISOString()
  const until = new Date(Math.min(ctx.now.getTime(), Date.parse(cutoff))).toISOString()
  const where = { teacherId, status: 'scheduled', startAt: { lt: until } }
  const visits = await r.visits.find({ where, orderBy: [['startAt', 'asc']], limit: LIMIT })
  const due = visits.filter((v) => v.agreed && isDueSoon(v.agreed.option.endAt, ctx.now))
  const students = await r.students.getMany([...new Set(due.flatMap((v) => v.studentIds))])
  const nameOf = new Map(students.map((s) => [s._id, s.name]))
  const items = due.map((v) => ({
    visitId: v._id,
    studentNames: v.studentIds.map((id) => nameOf.get(id) ?? '').filter(Boolean),
    startAt: v.startAt ?? v.agreed!.option.startAt,
    dueBy: recordDueBy(v.agreed!.option.endAt),
    overdue: isOverdue(v.agreed!.option.endAt, ctx.now),
  }))
  return ok({ visits: items, total: items.length })
}

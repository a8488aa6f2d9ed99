import type { Visit } from '../../../core/model/visit.schema'
import { Errors, ok } from '../../../core/result'
import { startOfLocalDay } from '../../../core/time'
import { canSeeStudent } from '../../policy'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { loadVisit } from './access'
import { familyForTeacher } from './family'
import { toView } from './view'
import { boundChildren, viewOf } from './view-of'

type R = RouteTable<'visits'>

export const get: R['get'] = async ({ visitId }, ctx, { store }) => {
  const loaded = await loadVisit(store, ctx.caller, visitId)
  if (!loaded) return Errors.notFound('家访')
  return ok(await viewOf(store, ctx.caller, loaded.visit, loaded.side, ctx.now))
}

/** Before proposing: does anyone in the family receive the app's messages? Same reach as proposing itself. */
export const familyReach: R['familyReach'] = async ({ studentId }, ctx, { store }) => {
  const r = repos(store)
  const student = await r.students.get(studentId)
  if (!ctx.caller.staff || !student || !canSeeStudent(ctx.caller, student)) return Errors.notFound('学生')
  const siblings = await r.students.find({ where: { familyId: student.familyId }, limit: 20 })
  const family = { familyId: student.familyId, studentIds: siblings.map((s) => s._id) }
  return ok(await familyForTeacher(store, ctx.caller, family, siblings))
}

export const myAgenda: R['myAgenda'] = async ({ from, days }, ctx, { store }) => {
  const r = repos(store)
  const teacherId = ctx.caller.staff?._id ?? '-'
  const start = startOfLocalDay(from)
  const range = { gte: start.utc().toISOString(), lt: start.add(days, 'day').utc().toISOString() }
  const [scheduled, waiting] = await Promise.all([
    r.visits.find({ where: { teacherId, status: 'scheduled', startAt: range }, orderBy: [['startAt', 'asc']], limit: 100 }),
    r.visits.find({
      where: { teacherId, status: { in: ['awaiting_parent', 'awaiting_teacher'] } },
      orderBy: [['updatedAt', 'desc']],
      limit: 50,
    }),
  ])
  const visits = [...waiting, ...scheduled]
  return ok({ total: visits.length, visits: await views(store, visits, 'teacher', ctx.now) })
}

export const myFamilyVisits: R['myFamilyVisits'] = async (_input, ctx, { store }) => {
  const r = repos(store)
  const own = await boundChildren(store, ctx.caller)
  const children = await r.students.getMany([...own])
  const familyIds = [...new Set(children.map((c) => c.familyId))]
  const visits = await r.visits.find({ where: { familyId: { in: familyIds } }, orderBy: [['updatedAt', 'desc']], limit: 30 })
  // Only visits that cover one of this guardian's own children (a separated parent's other children are not theirs).
  const mine = visits.filter((v) => v.studentIds.some((id) => own.has(id)))
  return ok({ total: mine.length, visits: await views(store, mine, 'parent', ctx.now, own) })
}

/** Views for a list; `own`: on the parent side, only these children are named. */
async function views(store: Parameters<typeof repos>[0], visits: Visit[], side: 'teacher' | 'parent', now: Date, own?: Set<string>) {
  const ids = [...new Set(visits.flatMap((v) => v.studentIds))].slice(0, 100)
  const students = await repos(store).students.getMany(ids)
  const named = (v: Visit) => v.studentIds.filter((id) => !own || own.has(id))
  return visits.map((v) =>
    toView(
      v,
      side,
      now,
      named(v).map((id) => students.find((s) => s._id === id)?.name ?? ''),
    ),
  )
}

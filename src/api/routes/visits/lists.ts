import type { Visit } from '../../../core/model/visit.schema'
import { Errors, ok } from '../../../core/result'
import { startOfLocalDay } from '../../../core/time'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { loadVisit } from './access'
import { familyForTeacher } from './family'
import { toView } from './view'

type R = RouteTable<'visits'>

export const get: R['get'] = async ({ visitId }, ctx, { store }) => {
  const loaded = await loadVisit(store, ctx.caller, visitId)
  if (!loaded) return Errors.notFound('家访')
  const { visit, side } = loaded
  const students = await repos(store).students.getMany(visit.studentIds)
  const family = side === 'teacher' ? await familyForTeacher(store, ctx.caller, visit, students) : null
  return ok(
    toView(
      visit,
      side,
      ctx.now,
      students.map((s) => s.name),
      family,
    ),
  )
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
  const bindings = await r.bindings.find({ where: { userId: ctx.caller.user._id, status: 'approved' }, limit: 50 })
  const children = await r.students.getMany(bindings.map((b) => b.studentId))
  const familyIds = [...new Set(children.map((c) => c.familyId))]
  const visits = await r.visits.find({ where: { familyId: { in: familyIds } }, orderBy: [['updatedAt', 'desc']], limit: 30 })
  // Only visits that cover one of this guardian's own children (a separated parent's other children are not theirs).
  const mine = visits.filter((v) => v.studentIds.some((id) => bindings.some((b) => b.studentId === id)))
  return ok({ total: mine.length, visits: await views(store, mine, 'parent', ctx.now) })
}

async function views(store: Parameters<typeof repos>[0], visits: Visit[], side: 'teacher' | 'parent', now: Date) {
  const ids = [...new Set(visits.flatMap((v) => v.studentIds))].slice(0, 100)
  const students = await repos(store).students.getMany(ids)
  return visits.map((v) =>
    toView(
      v,
      side,
      now,
      v.studentIds.map((id) => students.find((s) => s._id === id)?.name ?? ''),
    ),
  )
}

import { StudentSchema } from '../../../core/model/family.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { parseDoc } from '../../../core/ports/typed-repo'
import { isCoVisitor } from '../../../core/visit/join.rules'
import { Errors, ok } from '../../../core/result'
import { startOfLocalDay } from '../../../core/time'
import { canSeeStudent } from '../../policy'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { loadVisit } from './access'
import { familyForTeacher } from './family'
import { surveyEligible } from './propose-extras'
import { type AgendaFields, agendaVisit, familyVisit, toListItem, toFamilyItem } from './list-view'
import { boundChildren, viewOf } from './view-of'

type R = RouteTable<'visits'>
/** A list names the children and nothing else of them: only that is checked. */
const StudentNameSchema = StudentSchema.pick({ _id: true, _v: true, name: true })

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
  const [siblings, sensitive] = await Promise.all([
    r.students.find({ where: { familyId: student.familyId }, limit: 20 }),
    r.sensitive.get(student.familyId),
  ])
  const family = { familyId: student.familyId, studentIds: siblings.map((s) => s._id) }
  const reach = await familyForTeacher(store, ctx.caller, family, siblings)
  return ok({ ...reach, surveyEligible: surveyEligible(ctx.caller, student, siblings, sensitive) })
}

export const myAgenda: R['myAgenda'] = async ({ from, days }, ctx, { store }) => {
  const teacherId = ctx.caller.staff?._id ?? '-'
  const start = startOfLocalDay(from)
  const range = { gte: start.utc().toISOString(), lt: start.add(days, 'day').utc().toISOString() }
  const where = { teacherId, status: 'scheduled', startAt: range }
  const [scheduled, waiting, co] = await Promise.all([
    store.find('visits', { where, orderBy: [['startAt', 'asc']], limit: 100 }),
    waitingOn(store, teacherId),
    coVisits(store, teacherId, range),
  ])
  const agreed = [...scheduled.map(agendaVisit), ...co].sort((a, b) => (a.startAt ?? '').localeCompare(b.startAt ?? ''))
  const visits = [...waiting, ...agreed]
  const names = await namesOf(store, visits)
  const items = visits.map((v) => toListItem(v, 'teacher', v.studentIds.map(names), v.teacherId !== teacherId))
  return ok({ total: items.length, visits: items })
}

export const myFamilyVisits: R['myFamilyVisits'] = async (_input, ctx, { store }) => {
  const own = await boundChildren(store, ctx.caller)
  const children = await repos(store).students.getMany([...own])
  const familyIds = [...new Set(children.map((c) => c.familyId))]
  const where = { familyId: { in: familyIds } }
  const newest = await store.find('visits', { where, orderBy: [['updatedAt', 'desc']], limit: 30 })
  const visits = newest.map(familyVisit)
  // Only visits that cover one of this guardian's own children (a separated parent's other children are not theirs).
  const mine = visits.filter((v) => v.studentIds.some((id) => own.has(id)))
  // A parent's list names their own children only: read above, so their names need no second read.
  const names = nameIn(children)
  const items = mine.map((v) => toFamilyItem(v, v.studentIds.filter((id) => own.has(id)).map(names)))
  return ok({ total: items.length, visits: items })
}

const WAITING = 50
const newestFirst = (a: AgendaFields, b: AgendaFields) =>
  a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a._id < b._id ? -1 : 1

/**
 * The teacher's visits waiting for a reply, most recently changed first. Asked unordered, the index alone
 * finds them and SQLite parses no document to sort; a teacher has a few, sorted here. Only a longer list
 * than is shown asks for the newest in order.
 */
async function waitingOn(store: DocStore, teacherId: string): Promise<AgendaFields[]> {
  const where = { teacherId, status: { in: ['awaiting_parent', 'awaiting_teacher'] } }
  const some = (await store.find('visits', { where, limit: WAITING + 1 })).map(agendaVisit)
  if (some.length <= WAITING) return some.sort(newestFirst)
  const newest = await store.find('visits', { where, orderBy: [['updatedAt', 'desc']], limit: WAITING })
  return newest.map(agendaVisit)
}

/** Agreed visits in the range that this teacher joins as a co-visitor (their `co_visits` follow the agreed start). */
async function coVisits(store: DocStore, staffId: string, range: { gte: string; lt: string }): Promise<AgendaFields[]> {
  const r = repos(store)
  const co = await r.co_visits.find({ where: { staffId, startAt: range }, orderBy: [['startAt', 'asc']], limit: 50 })
  const ids = co.map((c) => c.visitId)
  const visits = ids.length ? (await store.getMany('visits', ids)).map(agendaVisit) : []
  return visits.filter((v) => v.status === 'scheduled' && isCoVisitor(v, staffId))
}

/** The listed visits' children by name (a list names them and nothing else of them: only that is checked). */
async function namesOf(store: DocStore, visits: AgendaFields[]): Promise<(id: string) => string> {
  const ids = [...new Set(visits.flatMap((v) => v.studentIds))].slice(0, 100)
  const students = ids.length ? (await store.getMany('students', ids)).map((d) => parseDoc('students', StudentNameSchema, d)) : []
  return nameIn(students)
}

const nameIn = (students: Array<{ _id: string; name: string }>) => {
  const byId = new Map(students.map((s) => [s._id, s.name]))
  return (id: string) => byId.get(id) ?? ''
}

// Visit scenarios for integration tests: each test builds the visit it needs, in the state it needs.
import type { VisitOption } from '../../src/core/model/visit.schema'
import { ok, type TestServer } from './test-server'

export type DemoFamily = { parent: string; student: { _id: string } }

/** A time option on a day of December 2026, Shanghai time. */
export const slot = (day: string, from: string, to: string, format: VisitOption['format'] = 'home') => ({
  startAt: `2026-12-${day}T${from}:00+08:00`,
  endAt: `2026-12-${day}T${to}:00+08:00`,
  format,
  place: null,
})

export const TWO_OPTIONS = [slot('03', '15:00', '16:00'), slot('04', '19:00', '19:30', 'video')]

/** The teacher proposes a visit to the family; returns the teacher's view of it. */
export async function proposeVisit(
  srv: TestServer,
  teacher: string,
  family: DemoFamily,
  options = TWO_OPTIONS,
  topic = '聊聊孩子的阅读习惯',
) {
  return ok(await srv.call(teacher, 'visits', 'propose', { studentId: family.student._id, topic, options }))
}

/** The parent answers a proposal with another time. */
export async function counterVisit(
  srv: TestServer,
  family: DemoFamily,
  visitId: string,
  at: ReturnType<typeof slot>,
  text = '周六晚上家里有人',
) {
  const v = ok(await srv.call(family.parent, 'visits', 'get', { visitId }))
  return ok(
    await srv.call(family.parent, 'visits', 'respond', { visitId, version: v.version, command: { kind: 'counter', options: [at], text } }),
  )
}

/** Agreed the usual way: proposed with two options, the parent offers `at`, the teacher accepts it. */
export async function agreedVisit(srv: TestServer, teacher: string, family: DemoFamily, at: ReturnType<typeof slot>) {
  const { visitId } = await proposeVisit(srv, teacher, family)
  await counterVisit(srv, family, visitId, at)
  const t = ok(await srv.call(teacher, 'visits', 'get', { visitId }))
  return ok(
    await srv.call(teacher, 'visits', 'respond', { visitId, version: t.version, command: { kind: 'accept', optionId: t.options[0]!.id } }),
  )
}

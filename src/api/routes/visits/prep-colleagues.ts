// Colleagues' input to a prep pack: whom the visit's teacher may ask (they head, mentor or teach one of the
// children's classes, or teach in their grade), and the asking: one request and one neutral inbox item each.
import type { Staff } from '../../../core/model/people.schema'
import { prepRequestId, type PrepRequest } from '../../../core/model/prep-request.schema'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import { pageLink } from '../../../core/pages'
import { Errors, err, ok } from '../../../core/result'
import { colleagueWhy } from '../../../core/visit/prep-colleagues.rules'
import { PREP_MESSAGES, PREP_TEXTS } from '../../../core/visit/prep-texts'
import { inboxDoc } from '../../notify/outbox'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { prepAccess, prepView } from './prep-access'

type R = RouteTable<'visits'>
type Colleague = { staff: Staff; why: string }

/** Staff pages read at once: a school's staff fits in a few pages, so the round trips stay constant. */
const STAFF_PAGES = 3

async function colleaguesOf(store: DocStore, visit: Visit): Promise<{ colleagues: Colleague[]; studentNames: string[] }> {
  const r = repos(store)
  const pages = Array.from({ length: STAFF_PAGES }, (_, i) =>
    r.staff.find({ where: { schoolId: visit.schoolId }, orderBy: [['name', 'asc']], limit: 100, skip: i * 100 }),
  )
  const [students, classes, ...staffPages] = await Promise.all([
    r.students.getMany(visit.studentIds),
    r.classes.find({
      where: { schoolId: visit.schoolId },
      orderBy: [
        ['grade', 'asc'],
        ['name', 'asc'],
      ],
      limit: 100,
    }),
    ...pages,
  ])
  const colleagues = staffPages
    .flat()
    .filter((s) => s._id !== visit.teacherId)
    .map((staff) => ({ staff, why: colleagueWhy(staff, students, classes) }))
    .filter((c): c is Colleague => c.why !== null)
  return { colleagues, studentNames: students.map((s) => s.name) }
}

export const prepColleagues: R['prepColleagues'] = async ({ visitId }, ctx, { store }) => {
  const access = await prepAccess(store, ctx.caller, visitId)
  if (!access.ok) return access
  if (access.data.readOnly) return err('PREP.READ_ONLY', PREP_MESSAGES.readOnly)
  const visit = access.data.visit
  const [{ colleagues }, asked] = await Promise.all([
    colleaguesOf(store, visit),
    repos(store).prep_requests.find({ where: { visitId }, limit: 50 }),
  ])
  const askedIds = new Set(asked.map((q) => q.staffId))
  return ok({
    colleagues: colleagues.map(({ staff, why }) => ({ staffId: staff._id, name: staff.name, why, asked: askedIds.has(staff._id) })),
  })
}

export const askColleagues: R['askColleagues'] = async ({ visitId, staffIds }, ctx, { store }) => {
  const access = await prepAccess(store, ctx.caller, visitId)
  if (!access.ok) return access
  const { visit, readOnly } = access.data
  if (readOnly) return err('PREP.READ_ONLY', PREP_MESSAGES.readOnly)
  if (visit.status !== 'scheduled') return err('PREP.NOT_AGREED', PREP_MESSAGES.notAgreed)
  const { colleagues, studentNames } = await colleaguesOf(store, visit)
  const byId = new Map(colleagues.map((c) => [c.staff._id, c]))
  const wanted = [...new Set(staffIds)]
  if (wanted.some((s) => !byId.has(s))) return Errors.notFound('同事')
  const noAccount = wanted.map((s) => byId.get(s)!.staff).find((s) => !s.userId)
  if (noAccount) return err('PREP.NO_ACCOUNT', PREP_MESSAGES.noAccount(noAccount.name))
  const ask = { visit, asker: ctx.caller.staff!, studentNames, at: ctx.now.toISOString() }
  // A retry or a concurrent double tap: requests that exist are what was asked for; a lost race is tried once more.
  for (let attempt = 0; attempt < 2; attempt++) {
    const known = await repos(store).prep_requests.getMany(wanted.map((s) => prepRequestId(visitId, s)))
    const knownIds = new Set(known.map((q) => q._id))
    const ops = wanted.filter((s) => !knownIds.has(prepRequestId(visitId, s))).flatMap((s) => askOps(ask, byId.get(s)!))
    if (!ops.length || (await store.batch(ops)).ok) return ok(await prepView(store, visit, false))
  }
  return Errors.conflict('请稍后重试')
}

type Ask = { visit: Visit; asker: Staff; studentNames: string[]; at: string }

/** One colleague's request and the neutral inbox item that opens their list of requests. */
function askOps({ visit, asker, studentNames, at }: Ask, { staff, why }: Colleague) {
  const request: Omit<PrepRequest, '_v'> = {
    _id: prepRequestId(visit._id, staff._id),
    schoolId: visit.schoolId,
    visitId: visit._id,
    staffId: staff._id,
    userId: staff.userId!,
    staffName: staff.name,
    why,
    askedById: asker._id,
    askedByName: asker.name,
    studentNames,
    startAt: visit.startAt,
    state: 'open',
    text: null,
    answeredAt: null,
    at,
  }
  const item = inboxDoc(`inb-${request._id}`, staff.userId!, visit._id, PREP_TEXTS.asked(asker.name), at)
  return [writes.insert('prep_requests', request), writes.insert('inbox', { ...item, page: pageLink('teacherPrepRequests') })]
}

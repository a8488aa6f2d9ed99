import { randomBytes } from 'node:crypto'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { Errors, err, ok, type Result } from '../../../core/result'
import { normaliseOptions } from '../../../core/visit/options.rules'
import { periodFor } from '../../../core/visit/period'
import { outboxOps } from '../../notify/outbox'
import { canSeeStudent } from '../../policy'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { claimId } from './access'
import { checkCalendar } from './calendar'
import { toView } from './view'

type R = RouteTable<'visits'>

export const propose: R['propose'] = async ({ studentId, options, topic }, ctx, { store }) => {
  const r = repos(store)
  const staff = ctx.caller.staff
  const student = await r.students.get(studentId)
  if (!staff || !student || !canSeeStudent(ctx.caller, student)) return Errors.notFound('学生')
  const normalised = normaliseOptions(options, ctx.now, { homeAllowed: true, idPrefix: 'r1' })
  if (!normalised.ok) return normalised
  const [siblings, sensitive, clash] = await Promise.all([
    r.students.find({ where: { familyId: student.familyId }, limit: 20 }),
    r.sensitive.get(student.familyId),
    checkCalendar(store, staff._id, normalised.data),
  ])
  if (!clash.ok) return clash
  // Every guardian bound to any of the children hears about it.
  const bindings = await r.bindings.find({ where: { studentId: { in: siblings.map((s) => s._id) }, status: 'approved' }, limit: 50 })
  const at = ctx.now.toISOString()
  const periodId = periodFor((sensitive?.categories.length ?? 0) > 0, ctx.now)
  const visit: Visit = {
    _id: `vis-${randomBytes(8).toString('hex')}`,
    _v: 1,
    schoolId: student.schoolId,
    familyId: student.familyId,
    studentIds: siblings.map((s) => s._id),
    teacherId: staff._id,
    teacherUserId: ctx.caller.user._id,
    teacherName: staff.name,
    periodId,
    required: true,
    topic,
    status: 'awaiting_parent',
    options: normalised.data,
    offeredBy: 'teacher',
    offeredAt: at,
    homeDeclined: false,
    agreed: null,
    thread: [
      {
        seq: 1,
        at,
        side: 'teacher',
        actorUserId: ctx.caller.user._id,
        actorName: staff.name,
        kind: 'propose',
        options: normalised.data,
        chosenOptionId: null,
        text: topic,
      },
    ],
    cancelledBy: null,
    cancelReason: null,
    makeUpNeeded: false,
    startAt: null,
    createdAt: at,
    updatedAt: at,
  }
  const { _v, ...doc } = visit
  const parents = [...new Set(bindings.map((b) => b.userId))]
  const result = await store.batch([
    // The family claim: one teacher per family per period, enforced by the claim's id.
    {
      kind: 'insert',
      coll: 'locks',
      doc: { _id: claimId(student.familyId, periodId), teacherId: staff._id, teacherName: staff.name, visitId: visit._id, at },
    },
    { kind: 'insert', coll: 'visits', doc },
    ...outboxOps(visit._id, 1, 'proposal', null, parents, ctx.now),
  ])
  if (!result.ok) return claimedBy(store, claimId(student.familyId, periodId), staff._id)
  return ok(
    toView(
      visit,
      'teacher',
      ctx.now,
      siblings.map((s) => s.name),
    ),
  )
}

async function claimedBy(store: DocStore, id: string, staffId: string): Promise<Result<never>> {
  const claim = await store.get('locks', id)
  if (!claim) return Errors.conflict('请稍后重试')
  if (claim.teacherId === staffId)
    return err('VISIT.ALREADY_PROPOSED', '您已经为这个家庭发起了家访，请在家访页面继续', { visitId: claim.visitId })
  return err('VISIT.FAMILY_CLAIMED', `已由 ${String(claim.teacherName)} 安排，可联系该老师作为共同家访人参加`)
}

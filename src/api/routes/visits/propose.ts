import { randomBytes } from 'node:crypto'
import { isOnRoll, type Student } from '../../../core/model/family.schema'
import type { Staff } from '../../../core/model/people.schema'
import type { Visit, VisitOption } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { Errors, err, ok, type Result } from '../../../core/result'
import { normaliseOptions } from '../../../core/visit/options.rules'
import { periodOfVisit } from '../../../core/coverage/calendar'
import type { FamilyClaim } from '../../../core/model/system.schema'
import { calendarOf } from '../../coverage/calendar'
import { canProposeVisit, NOT_RESPONSIBLE_MESSAGE } from '../../../core/visit/responsibility.rules'
import { notifyOps } from '../../notify/outbox'
import { canSeeStudent } from '../../policy'
import { repos } from '../../repos'
import type { Ctx, Deps, RouteTable } from '../../types'
import { claimId } from './access'
import { checkCalendar } from './calendar'
import { familyForTeacher } from './family'
import { toView } from './view'
import { checkExtras, withoutClaims, type Extras } from './propose-extras'

type R = RouteTable<'visits'>

export const propose: R['propose'] = (input, ctx, deps) => proposeOne(input, ctx, deps)

type Full = Parameters<R['propose']>[0]
/** A bulk item carries no follow-up or survey flag: both default to false. */
export type ProposeInput = Omit<Full, 'followUp' | 'combinedSurvey'> & Partial<Pick<Full, 'followUp' | 'combinedSurvey'>>

/** One family's proposal, all or nothing (claim, calendar check, visit, notifications): propose and proposeMany. */
export async function proposeOne(
  { studentId, options, topic, followUp = false, combinedSurvey = false }: ProposeInput,
  ctx: Ctx,
  { store }: Deps,
) {
  const r = repos(store)
  const staff = ctx.caller.staff
  const student = await r.students.get(studentId)
  if (!staff || !student || !canSeeStudent(ctx.caller, student)) return Errors.notFound('学生')
  const [siblings, sensitive, familyDoc, calendar] = await Promise.all([
    r.students.find({ where: { familyId: student.familyId }, limit: 20 }),
    r.sensitive.get(student.familyId),
    r.families.get(student.familyId),
    calendarOf(store, student.schoolId),
  ])
  // Seeing a child is not enough: only staff who answer for the family may start a visit to it, and
  // a child who left makes no one answer for it (as coverage: the family is no longer due for them).
  if (!canProposeVisit(staff, siblings.filter(isOnRoll))) return err('VISIT.NOT_RESPONSIBLE', NOT_RESPONSIBLE_MESSAGE)
  const normalised = normaliseOptions(options, ctx.now, { homeAllowed: true, idPrefix: 'r1' })
  if (!normalised.ok) return normalised
  const [clash, bindings] = await Promise.all([
    checkCalendar(store, staff._id, normalised.data),
    // Every guardian bound to any of the children hears about it.
    r.bindings.find({ where: { studentId: { in: siblings.map((s) => s._id) }, status: 'approved' }, limit: 50 }),
  ])
  if (!clash.ok) return clash
  // Follow-up (no claim; needs the required visit) and the household-survey flag: see propose-extras.
  const extras = await checkExtras(store, ctx.caller, {
    student,
    siblings,
    sensitive,
    calendar,
    followUp,
    combinedSurvey,
    startAt: earliest(normalised.data),
  })
  if (!extras.ok) return extras
  // A visit counts for the period it takes place in (its earliest offered time; moved when agreed).
  const special = (sensitive?.categories.length ?? 0) > 0
  const periodId = periodOfVisit(calendar, special, earliest(normalised.data)).id
  const visit = newVisit({
    staff,
    userId: ctx.caller.user._id,
    children: siblings,
    periodId,
    topic,
    options: normalised.data,
    now: ctx.now,
    extras: extras.data,
  })
  const { _v, ...doc } = visit
  const parents = [...new Set(bindings.map((b) => b.userId))]
  const claim = claimId(student.familyId, periodId)
  const result = await (followUp ? withoutClaims(store) : store).batch([
    // The family claim: one teacher per family per period, enforced by the claim's id.
    {
      kind: 'insert',
      coll: 'claims',
      doc: newClaim(claim, visit, { classId: familyDoc?.classId ?? student.classId, grade: familyDoc?.grade ?? null, special }),
    },
    { kind: 'insert', coll: 'visits', doc },
    ...notifyOps(
      visit,
      { event: 'proposal', entry: visit.thread[0]!, before: null, agreed: null },
      parents.map((userId) => ({ userId, side: 'parent' as const, push: true })),
      ctx.now,
    ),
  ])
  if (!result.ok) return claimedBy(store, claim, staff._id)
  const family = await familyForTeacher(store, ctx.caller, visit, siblings, async () => bindings)
  return ok(
    toView(
      visit,
      'teacher',
      ctx.now,
      siblings.map((s) => s.name),
      family,
    ),
  )
}

type NewVisit = { staff: Staff; userId: string; children: Student[]; periodId: string; topic: string; options: VisitOption[]; now: Date }

function newVisit({ staff, userId, children, periodId, topic, options, now, extras }: NewVisit & { extras: Extras }): Visit {
  const at = now.toISOString()
  const first = children[0]!
  return {
    _id: `vis-${randomBytes(8).toString('hex')}`,
    _v: 1,
    schoolId: first.schoolId,
    familyId: first.familyId,
    studentIds: children.map((s) => s._id),
    teacherId: staff._id,
    teacherUserId: userId,
    teacherName: staff.name,
    periodId,
    topic,
    status: 'awaiting_parent',
    options,
    offeredBy: 'teacher',
    offeredAt: at,
    homeDeclined: false,
    agreed: null,
    thread: [
      {
        seq: 1,
        at,
        side: 'teacher',
        actorUserId: userId,
        actorName: staff.name,
        kind: 'propose',
        options,
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
    coVisitors: [],
    ...extras,
  }
}

const earliest = (options: VisitOption[]) => options.map((o) => o.startAt).sort()[0]!

function newClaim(id: string, visit: Visit, facts: Pick<FamilyClaim, 'classId' | 'grade' | 'special'>): Omit<FamilyClaim, '_v'> {
  return {
    _id: id,
    schoolId: visit.schoolId,
    familyId: visit.familyId,
    periodId: visit.periodId,
    ...facts,
    teacherId: visit.teacherId,
    teacherName: visit.teacherName,
    visitId: visit._id,
    state: 'proposed',
    startAt: null,
    format: null,
    coVisitorIds: [],
    at: visit.createdAt,
  }
}

async function claimedBy(store: DocStore, id: string, staffId: string): Promise<Result<never>> {
  const claim = await repos(store).familyClaims.get(id)
  if (!claim) return Errors.conflict('请稍后重试')
  if (claim.teacherId === staffId)
    return err('VISIT.ALREADY_PROPOSED', '您已经为这个家庭发起了家访，请在家访页面继续', { visitId: claim.visitId })
  return err('VISIT.FAMILY_CLAIMED', `已由 ${String(claim.teacherName)} 安排，可以申请作为共同家访人一起去`)
}

// Coverage rules (policy §四(一)(二)): who owns each family's visit, when it is due, and the measures
// every screen and report counts. Pure: one implementation for the worklist, the board and reports.
import { hasAnyRole, LEADERSHIP, TEACHER, type Role } from '../roles'
import type { Periods } from './calendar'

/** Why a staff member owns a family's visit this school year. */
export const OWNER_REASONS = ['assigned', 'mentor', 'difficulty_teacher', 'head_teacher'] as const
export type OwnerReason = (typeof OWNER_REASONS)[number]
export const OWNER_REASON_LABELS: Record<OwnerReason, string> = {
  assigned: '学校指派',
  mentor: '导师',
  difficulty_teacher: '学困科目任课老师',
  head_teacher: '班主任',
}

export type ChildFacts = { classId: string; grade: number; mentorIds: readonly string[]; difficultySubjects: readonly string[] }
export type ClassFacts = { classId: string; headTeacherId: string | null }
export type StaffFacts = {
  staffId: string
  status: 'active' | 'revoked'
  roles: readonly Role[]
  teachings: ReadonlyArray<{ classId: string; subject: string }>
}

/** What the roster says about a family's coverage: its home class, whether it is due every semester, its owner. */
export type FamilyCoverage = {
  /** The class the family is counted under: its youngest child's (lowest grade, then class id). Null: no child in school. */
  classId: string | null
  grade: number | null
  /** At least one special category: due every semester. */
  special: boolean
  /** Has a child in this school: a family whose children all left is no longer due. */
  active: boolean
  ownerId: string | null
  ownerWhy: OwnerReason | null
}

export type FamilyInput = {
  children: readonly ChildFacts[]
  special: boolean
  /** A leader's assignment for this school year, if any. */
  assignedTo: string | null
}

/**
 * The family's owner: a leader's assignment (to active staff), else a child's mentor, else a teacher of a
 * child's class in a subject the child struggles with, else the home class's head teacher.
 */
export function familyCoverage(f: FamilyInput, classes: ReadonlyMap<string, ClassFacts>, staff: ReadonlyMap<string, StaffFacts>): FamilyCoverage {
  const kids = [...f.children].sort((a, b) => a.grade - b.grade || (a.classId < b.classId ? -1 : a.classId > b.classId ? 1 : 0))
  const home = kids[0]
  if (!home) return { classId: null, grade: null, special: f.special, active: false, ownerId: null, ownerWhy: null }
  const active = (id: string | null | undefined): id is string => !!id && staff.get(id)?.status === 'active'
  const base = { classId: home.classId, grade: home.grade, special: f.special, active: true }
  if (active(f.assignedTo)) return { ...base, ownerId: f.assignedTo, ownerWhy: 'assigned' }
  const mentor = kids.flatMap((k) => k.mentorIds).find(active)
  if (mentor) return { ...base, ownerId: mentor, ownerWhy: 'mentor' }
  for (const k of kids) {
    const teacher = [...staff.values()].find(
      (s) => s.status === 'active' && s.teachings.some((t) => t.classId === k.classId && k.difficultySubjects.includes(t.subject)),
    )
    if (teacher) return { ...base, ownerId: teacher.staffId, ownerWhy: 'difficulty_teacher' }
  }
  const head = kids.map((k) => classes.get(k.classId)?.headTeacherId).find(active)
  return head ? { ...base, ownerId: head, ownerWhy: 'head_teacher' } : { ...base, ownerId: null, ownerWhy: null }
}

export type Due = { periodId: string; deadline: string; special: boolean }

/** What a family owes now: a visit this semester (special) or this school year (every other family); null if not due. */
export function dueFor(f: Pick<FamilyCoverage, 'active' | 'special'>, periods: Periods): Due | null {
  if (!f.active) return null
  const p = f.special ? periods.semester : periods.year
  return { periodId: p.id, deadline: p.last, special: f.special }
}

/**
 * The measures of coverage, defined once (DESIGN §3). Per family and period, from its claim:
 * required — due in the period; scheduled — a time agreed; held — agreed time passed, not cancelled;
 * completed — record submitted; confirmed — the parent confirmed it took place.
 */
export const MEASURES = ['required', 'proposed', 'scheduled', 'held', 'completed', 'confirmed'] as const
export type Measure = (typeof MEASURES)[number]
export const MEASURE_LABELS: Record<Measure, string> = {
  required: '应访',
  proposed: '已发起',
  scheduled: '已约定',
  held: '已家访',
  completed: '已完成记录',
  confirmed: '家长已确认',
}

/** Where a family's claim for a period stands. */
export const CLAIM_STATES = ['proposed', 'scheduled', 'completed', 'confirmed'] as const
export type ClaimState = (typeof CLAIM_STATES)[number]

/** How a visit was held, as the dashboard counts it: a video visit that fell back to the phone is 电话. */
export const CLAIM_FORMATS = ['home', 'video', 'school', 'group', 'phone'] as const
export type ClaimFormat = (typeof CLAIM_FORMATS)[number]
export const CLAIM_FORMAT_LABELS: Record<ClaimFormat, string> = { home: '入户', video: '视频', school: '到校', group: '分组', phone: '电话' }
/** The format a claim records: the way a fallback actually used (Tencent Meeting is still video), else the agreed one. */
export const claimFormatOf = (agreed: Exclude<ClaimFormat, 'phone'>, heldVia: 'meeting' | 'phone' | null): ClaimFormat =>
  heldVia === 'phone' ? 'phone' : heldVia === 'meeting' ? 'video' : agreed

/** The measures a claim counts toward (cumulative: a completed visit was also scheduled and held). */
export function measuresOf(claim: { state: ClaimState; startAt: string | null }, now: Date): Measure[] {
  const held = claim.state === 'completed' || claim.state === 'confirmed' || (claim.state === 'scheduled' && !!claim.startAt && claim.startAt <= now.toISOString())
  const out: Measure[] = ['proposed']
  if (claim.state !== 'proposed') out.push('scheduled')
  if (held) out.push('held')
  if (claim.state === 'completed' || claim.state === 'confirmed') out.push('completed')
  if (claim.state === 'confirmed') out.push('confirmed')
  return out
}

export const isLeadership = (s: Pick<StaffFacts, 'roles' | 'status'>) => s.status === 'active' && hasAnyRole(s.roles, LEADERSHIP)

/** Staff who take visits: active teachers and the leadership team (middle managers and admins do not). */
export const takesVisits = (s: Pick<StaffFacts, 'roles' | 'status'>) => s.status === 'active' && (isLeadership(s) || hasAnyRole(s.roles, TEACHER))

/** Where a family's claim stands for a visit in this status (a cancelled visit holds no claim). */
export const claimStateOf = (status: string): ClaimState => (status === 'completed' ? 'completed' : status === 'scheduled' ? 'scheduled' : 'proposed')

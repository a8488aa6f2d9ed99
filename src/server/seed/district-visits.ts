// One generated school's visits: last school year's (done) and this year's in every state, with the
// family claims and calendar slots they hold and the notifications they sent (outbox and inbox).
import type { VisitFormat, VisitOption } from '../../core/model/visit.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import { claimStateOf } from '../../core/coverage/rules'
import { writes, type NewDocOf } from '../../core/ports/writes'
import { slotStarts } from '../../core/visit/options.rules'
import { outboxDoc, type OutboxEvent } from '../../api/notify/outbox'
import { claimId, slotId } from '../../api/routes/visits/access'
import { VISIT_MIX, type SchoolSize } from './district-plan'
import type { FamilyRec, SchoolPeople } from './district-people'
import { negotiate, visitDoc, type State } from './district-thread'
import type { Random } from './random'

const DAY = 24 * 3600e3
const FORMATS: VisitFormat[] = ['home', 'home', 'home', 'video', 'school', 'home', 'video', 'school', 'home', 'group']
type Year = { semester: string; year: string; from: number; to: number }

/** What the benchmark and later figures need to find: visits each side can open, families not yet claimed. */
export type VisitRefs = {
  teacherVisits: Array<{ userId: string; visitId: string }>
  parentVisits: Array<{ userId: string; visitId: string }>
  /** Families nobody has claimed this school year, with a parent on WeChat and a head teacher who joined. */
  fresh: Array<{ studentId: string; teacherUserId: string; parentUserId: string }>
}

export function buildSchoolVisits(r: Random, p: SchoolPeople, size: SchoolSize, now: Date, out: WriteOp[]): VisitRefs {
  const g = new VisitWriter(r, p, now.getTime(), out)
  const n = (share: number) => Math.round(size.visits * share)
  const lastYear: Year = {
    semester: '2025-spring',
    year: '2025-year',
    from: Date.parse('2025-09-10T00:00:00Z'),
    to: Date.parse('2026-07-01T00:00:00Z'),
  }
  const thisYear: Year = { semester: '2026-autumn', year: '2026-year', from: Date.parse('2026-09-07T00:00:00Z'), to: now.getTime() - DAY }
  const past = shuffled(r, p.families)
  past.slice(0, n(VISIT_MIX.lastYearCompleted)).forEach((f) => g.visit(f, 'completed', lastYear, true))
  past.slice(0, n(VISIT_MIX.lastYearCancelled)).forEach((f) => g.visit(f, 'cancelled', lastYear, false))

  const order = shuffled(r, p.families)
  const plan: Array<[State, number]> = [
    ['completed', n(VISIT_MIX.completed)],
    ['scheduled', n(VISIT_MIX.scheduled)],
    ['awaiting_parent', n(VISIT_MIX.awaitingParent)],
    ['awaiting_teacher', n(VISIT_MIX.awaitingTeacher)],
  ]
  let next = 0
  for (const [state, count] of plan) for (const f of order.slice(next, (next += count))) g.visit(f, state, thisYear, true)
  // Cancelled this year: the claim went back, and nobody has proposed again yet.
  for (const f of order.slice(next, (next += n(VISIT_MIX.cancelled)))) g.visit(f, 'cancelled', thisYear, false)
  for (const f of order.slice(next)) {
    const parentUserId = f.parentUserIds[0]
    const teacherUserId = p.classOf.get(f.studentIds[0]!)!.headUserId
    if (parentUserId) g.refs.fresh.push({ studentId: f.studentIds[0]!, teacherUserId, parentUserId })
  }
  return g.refs
}

class VisitWriter {
  readonly refs: VisitRefs = { teacherVisits: [], parentVisits: [], fresh: [] }
  private seq = 0
  private proposals = 0
  private readonly slots = new Set<string>()

  constructor(
    private r: Random,
    private p: SchoolPeople,
    private now: number,
    private out: WriteOp[],
  ) {}

  visit(fam: FamilyRec, wanted: State, year: Year, claim: boolean) {
    const cls = this.p.classOf.get(fam.studentIds[0]!)!
    const teacher = this.p.staff.find((s) => s.id === cls.headStaffId)!
    const parent = fam.parentUserIds[0] ?? null
    // Without a parent on WeChat a visit is agreed by phone, or still waits for one.
    const state: State = !parent && wanted === 'awaiting_teacher' ? 'awaiting_parent' : wanted
    const id = `vis-${this.p.schoolId.slice(4)}-${String(++this.seq).padStart(5, '0')}`
    const periodId = fam.special ? year.semester : year.year
    const current = year.to >= this.now - DAY
    // One proposal in twenty went out within the hour: its notifications still wait for the scheduler.
    const justSent = current && state === 'awaiting_parent' && !!parent && this.proposals++ % 20 === 0
    const created = justSent ? this.now - this.r.int(1, 59) * 60e3 : this.createdAt(state, year, current)
    const agreedAt = state === 'completed' || state === 'scheduled' ? this.agreedOption(teacher.id, state, year, created) : null
    const doc = visitDoc(this.p.schoolId, id, fam, { id: teacher.id, userId: teacher.userId!, name: teacher.name }, periodId)
    const who = { userId: parent, guardianId: fam.guardianIds[0]!, name: this.p.guardians.get(fam.guardianIds[0]!)!.name }
    const v = negotiate(this.r, doc, state, created, agreedAt, who)
    this.out.push(writes.insert('visits', v))
    if (claim)
      this.out.push(
        writes.insert('claims', {
          _id: claimId(fam.id, periodId),
          schoolId: this.p.schoolId,
          familyId: fam.id,
          periodId,
          classId: cls.id,
          grade: cls.grade,
          special: fam.special,
          teacherId: teacher.id,
          teacherName: teacher.name,
          visitId: id,
          state: claimStateOf(v.status),
          startAt: v.startAt,
          format: v.agreed?.option.format ?? null,
          coVisitorIds: [],
          at: v.createdAt,
        }),
      )
    if (agreedAt && current)
      for (const s of slotStarts(agreedAt)) this.out.push(writes.insert('locks', { _id: slotId(teacher.id, s), visitId: id }))
    if (!current) return
    this.notify(v, fam)
    this.refs.teacherVisits.push({ userId: teacher.userId!, visitId: id })
    if (parent) this.refs.parentVisits.push({ userId: parent, visitId: id })
  }

  private createdAt(state: State, year: Year, current: boolean): number {
    if (current && state.startsWith('awaiting')) return this.now - this.r.int(1, 20 * 24) * 3600e3
    if (state === 'completed') return this.r.int(year.from, Math.min(year.to, this.now) - 21 * DAY)
    if (state === 'scheduled') return this.now - this.r.int(1, 30) * DAY
    return this.r.int(year.from, year.to)
  }

  /** An agreed time that does not clash with the teacher's other agreed visits (their calendar slots). */
  private agreedOption(teacherId: string, state: State, year: Year, created: number): VisitOption {
    for (;;) {
      const localMidnight = Math.floor((created + 8 * 3600e3) / DAY) * DAY - 8 * 3600e3
      const day = state === 'scheduled' ? Math.floor((this.now - localMidnight) / DAY) + this.r.int(-14, 30) : this.r.int(1, 20)
      const start = localMidnight + day * DAY + this.r.int(9 * 2, 19 * 2) * 30 * 60e3
      if (start <= created || (state === 'completed' && start >= Math.min(year.to, this.now))) continue
      const option = {
        id: 'r1-1',
        startAt: new Date(start).toISOString(),
        endAt: new Date(start + this.r.pick([45, 60, 60, 90]) * 60e3).toISOString(),
        format: this.r.pick(FORMATS),
        place: null,
      }
      const taken = slotStarts(option).map((s) => slotId(teacherId, s))
      if (taken.some((s) => this.slots.has(s))) continue
      taken.forEach((s) => this.slots.add(s))
      return option
    }
  }

  /** What the change sent: the proposal to every parent, the agreement or cancellation to the other side. */
  private notify(v: NewDocOf<'visits'>, fam: FamilyRec) {
    const send = (seq: number, event: OutboxEvent, userIds: string[], at: string) => {
      for (const userId of userIds) {
        const id = `obx-${v._id}-${seq}-${userId}`
        // A few of the newest proposals are still waiting for the scheduler.
        const waiting = event === 'proposal' && Date.parse(at) > this.now - 3600e3
        const doc = outboxDoc(id, userId, v._id, event, v.agreed?.option ?? null, at)
        this.out.push(
          writes.insert('outbox', { ...doc, status: waiting ? 'pending' : 'sent', attempts: waiting ? 0 : 1, sentAt: waiting ? null : at }),
        )
        if (!waiting)
          this.out.push(
            writes.insert('inbox', {
              _id: `inb-${id}`,
              userId,
              title: doc.title,
              body: doc.body,
              page: doc.page,
              at,
              read: this.r.chance(0.6),
            }),
          )
      }
    }
    send(1, 'proposal', fam.parentUserIds, v.createdAt)
    const last = v.thread.at(-1)!
    if (last.kind === 'accept') send(last.seq, 'agreed', [v.teacherUserId], last.at)
    if (last.kind === 'phone_agreement') send(last.seq, 'agreed', fam.parentUserIds, last.at)
    if (last.kind === 'cancel') send(last.seq, 'cancelled', last.side === 'teacher' ? fam.parentUserIds : [v.teacherUserId], last.at)
  }
}

function shuffled<T>(r: Random, xs: readonly T[]): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

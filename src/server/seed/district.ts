// A whole district generated through the product's own store (sealing included), one school per
// batch: the data `npm run bench` loads, and any later figure that needs a district-sized database.
import { SCHEMA_VERSION, type CollectionName } from '../../core/collections'
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { refreshFamilies } from '../../api/coverage/refresh'
import { DEFAULT_CALENDAR } from '../../core/coverage/calendar'
import { writes } from '../../core/ports/writes'
import { addFamilies } from './district-families'
import { buildSchoolPeople, user, type SchoolPeople } from './district-people'
import { schoolSizes, type DistrictSize } from './district-plan'
import { buildSchoolVisits, type VisitRefs } from './district-visits'
import { seededRandom, type Random } from './random'

export { FULL_DISTRICT, QUICK_DISTRICT, type DistrictSize } from './district-plan'

/** Who to act as, found by what they are: the benchmark's users, and any test or figure's. */
export type DistrictManifest = VisitRefs & {
  size: DistrictSize
  now: string
  districtId: string
  schoolIds: string[]
  districtUsers: string[]
  /** One school admin and one principal per school. */
  admins: string[]
  principals: string[]
  headTeachers: Array<{ userId: string; classId: string; studentIds: string[] }>
  /** Parents with an approved binding (every one of them, or an even sample of at most 5,000). */
  parents: string[]
  counts: Partial<Record<CollectionName, number>>
}

export type DistrictOptions = { size: DistrictSize; now: Date; seed?: number; demo?: boolean; log?: (line: string) => void }
const SAMPLE = 5_000
const DISTRICT_ID = 'dst-gen'

export async function generateDistrict(store: DocStore, opts: DistrictOptions): Promise<DistrictManifest> {
  const nowIso = opts.now.toISOString()
  const m: DistrictManifest = {
    size: opts.size,
    now: nowIso,
    districtId: DISTRICT_ID,
    schoolIds: [],
    districtUsers: [],
    admins: [],
    principals: [],
    headTeachers: [],
    parents: [],
    teacherVisits: [],
    parentVisits: [],
    fresh: [],
    counts: {},
  }
  const head: WriteOp[] = [writes.insert('districts', { _id: DISTRICT_ID, name: '石嘴山市大武口区教育体育局', calendar: DEFAULT_CALENDAR })]
  for (let i = 1; i <= 3; i++) {
    const id = `usr-district-${i}`
    head.push(writes.insert('users', { ...user(id, `区教体局干部${i}`, null, nowIso), districtId: DISTRICT_ID }))
    m.districtUsers.push(id)
  }
  await apply(store, head, m)
  for (const size of schoolSizes(opts.size)) {
    const r = seededRandom((opts.seed ?? 20261201) + size.index * 7919)
    const schoolId = `sch-d${String(size.index + 1).padStart(2, '0')}`
    const ops: WriteOp[] = [
      writes.insert('schools', { _id: schoolId, districtId: DISTRICT_ID, name: schoolName(size.index, size.stage), stage: size.stage }),
    ]
    const people = buildSchoolPeople(r, size, schoolId, nowIso, ops)
    addFamilies(r, people, size, nowIso, ops)
    const refs = buildSchoolVisits(r, people, size, opts.now, ops)
    ops.push(...extras(r, people, opts.now))
    await apply(store, ops, m)
    await refreshFamilies(store, schoolId, opts.now)
    remember(m, people, refs)
    opts.log?.(`${schoolId}: ${ops.length} documents`)
  }
  await apply(store, [writes.insert('meta', { _id: 'schema', version: SCHEMA_VERSION, seededAt: nowIso, demo: opts.demo ?? false })], m)
  m.parents = evenSample(m.parents, SAMPLE)
  m.teacherVisits = evenSample(m.teacherVisits, SAMPLE)
  m.parentVisits = evenSample(m.parentVisits, SAMPLE)
  return m
}

async function apply(store: DocStore, ops: WriteOp[], m: DistrictManifest) {
  const result = await store.batch(ops)
  if (!result.ok) throw new Error(`district generation failed at ${JSON.stringify(ops[result.index]).slice(0, 200)}: ${result.reason}`)
  for (const op of ops) if (op.kind === 'insert') m.counts[op.coll] = (m.counts[op.coll] ?? 0) + 1
}

function remember(m: DistrictManifest, p: SchoolPeople, refs: VisitRefs) {
  m.schoolIds.push(p.schoolId)
  const byRole = (role: string) => p.staff.find((s) => s.roles.includes(role as never) && s.userId)?.userId
  m.admins.push(byRole('school_admin')!)
  m.principals.push(byRole('principal')!)
  for (const c of p.classes) m.headTeachers.push({ userId: c.headUserId, classId: c.id, studentIds: c.studentIds.slice(0, 45) })
  for (const f of p.families) m.parents.push(...f.parentUserIds)
  m.teacherVisits.push(...refs.teacherVisits)
  m.parentVisits.push(...refs.parentVisits)
  m.fresh.push(...refs.fresh)
}

/** A week and a half of stored request answers, a year of sensitive reads, and reminder credits. */
function extras(r: Random, p: SchoolPeople, now: Date): WriteOp[] {
  const ops: WriteOp[] = []
  const at = (maxDays: number) => new Date(now.getTime() - r.int(0, maxDays * 24 * 60) * 60e3).toISOString()
  const parents = p.families.flatMap((f) => f.parentUserIds)
  const teachers = p.classes.map((c) => c.headUserId)
  for (let i = 0; i < p.families.length * 0.8; i++) {
    const when = at(10)
    const userId = i % 2 ? r.pick(parents.length ? parents : teachers) : r.pick(teachers)
    const result = { ok: true, data: {} }
    ops.push(
      writes.insert('requests', {
        _id: `${userId}:visits.respond:r${i}`,
        at: when,
        state: 'done',
        inputHash: 'seed',
        result,
        doneAt: when,
      }),
    )
  }
  for (let i = 0; i < p.families.length * 0.55; i++) {
    const c = r.pick(p.classes)
    const fam = p.families[i % p.families.length]!
    ops.push(
      writes.insert('audit_log', {
        _id: `aud-${p.schoolId}-${String(i).padStart(5, '0')}`,
        at: at(90),
        schoolId: p.schoolId,
        actorUserId: c.headUserId,
        actorRole: 'head_teacher,subject_teacher',
        action: 'family.read_sensitive',
        targetType: 'family',
        targetId: fam.id,
        reason: '家访前了解家庭情况',
      }),
    )
  }
  for (const userId of parents.filter((_, i) => i % 5 === 0)) {
    ops.push(
      writes.insert('credits', { _id: `${userId}:visit_reminder`, userId, key: 'visit_reminder', n: r.int(1, 3), updatedAt: at(30) }),
    )
  }
  return ops
}

function schoolName(index: number, stage: 'primary' | 'middle') {
  const place = ['青山', '长胜', '朝阳', '人民路', '石炭井', '长城', '沟口', '星海', '贺兰山', '锦林'][index % 10]!
  const n = Math.floor(index / 10) + 1
  return `大武口区${place}${stage === 'primary' ? '小学' : '中学'}${n > 1 ? `第${n}校区` : ''}`
}

function evenSample<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs
  const step = xs.length / max
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]!)
}

// One generated school's people: classes and staff here, families in district-families.ts.
import type { Relation } from '../../core/model/family.schema'
import { contactId } from '../../core/model/people.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import type { StaffRole as Role } from '../../core/model/people.schema'
import type { SchoolSize } from './district-plan'
import { adultName, phone, surname, type Random } from './random'

const GRADE_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八', '九']
const SUBJECTS = ['语文', '数学', '英语', '科学', '体育', '音乐', '美术', '道德与法治']
const CLASS_SIZE = 45

export type ClassRec = { id: string; grade: number; headStaffId: string; headUserId: string; studentIds: string[] }
export type StaffRec = { id: string; userId: string | null; name: string; roles: Role[] }
export type FamilyRec = {
  id: string
  surname: string
  special: boolean
  studentIds: string[]
  guardianIds: string[]
  /** Parents on WeChat with an approved binding to every child of the family. */
  parentUserIds: string[]
}
export type SchoolPeople = {
  schoolId: string
  classes: ClassRec[]
  staff: StaffRec[]
  families: FamilyRec[]
  /** Each student's class (the head teacher proposes the family's visits). */
  classOf: Map<string, ClassRec>
  guardians: Map<string, { name: string; relation: Relation; userId: string | null }>
  /** Mentors of each class's students. */
  mentorsOf: Map<string, string[]>
  pendingParents: number
}

export function buildSchoolPeople(r: Random, size: SchoolSize, schoolId: string, now: string, out: WriteOp[]): SchoolPeople {
  const tag = schoolId.slice(4)
  const p: SchoolPeople = {
    schoolId,
    classes: [],
    staff: [],
    families: [],
    classOf: new Map(),
    guardians: new Map(),
    mentorsOf: new Map(),
    pendingParents: 0,
  }
  const addStaff = (roles: Role[], headClassIds: string[], teachings: Array<{ classId: string; subject: string }>, joined = true) => {
    const id = `stf-${tag}-${String(p.staff.length + 1).padStart(3, '0')}`
    const name = adultName(r, surname(r), r.chance(0.7) ? 'F' : 'M')
    const userId = joined ? `usr-${id}` : null
    // A few staff left the school: their accounts stay, without access.
    const status = !headClassIds.length && joined && p.staff.length % 97 === 96 ? 'revoked' : 'active'
    out.push(writes.insert('staff', { _id: id, schoolId, name, roles, headClassIds, teachings, status, userId }))
    if (userId) out.push(writes.insert('users', user(userId, name, id, now)))
    out.push(writes.insert('contacts', { _id: contactId(id), schoolId, ownerType: 'staff', phone: phone(r) }))
    p.staff.push({ id, userId, name, roles })
    return p.staff.at(-1)!
  }
  addClasses(p, size, tag, addStaff, out)
  addSubjectStaff(p, size, addStaff)
  return p
}

type AddStaff = (
  roles: Role[],
  headClassIds: string[],
  teachings: Array<{ classId: string; subject: string }>,
  joined?: boolean,
) => StaffRec

function addClasses(p: SchoolPeople, size: SchoolSize, tag: string, addStaff: AddStaff, out: WriteOp[]) {
  const grades = size.stage === 'primary' ? [1, 2, 3, 4, 5, 6] : [7, 8, 9]
  const count = Math.max(grades.length, Math.ceil(size.students / CLASS_SIZE))
  for (let i = 0; i < count; i++) {
    const grade = grades[i % grades.length]!
    const k = Math.floor(i / grades.length) + 1
    const id = `cls-${tag}-${grade}-${k}`
    const head = addStaff(['head_teacher', 'subject_teacher'], [id], [{ classId: id, subject: k % 2 ? '语文' : '数学' }])
    out.push(
      writes.insert('classes', {
        _id: id,
        schoolId: p.schoolId,
        grade,
        name: `${GRADE_NAMES[grade - 1]}年级${k}班`,
        headTeacherId: head.id,
      }),
    )
    p.classes.push({ id, grade, headStaffId: head.id, headUserId: head.userId!, studentIds: [] })
  }
}

/** Leaders, the admin, and subject teachers (some of them mentors) across the school's classes. */
function addSubjectStaff(p: SchoolPeople, size: SchoolSize, addStaff: AddStaff) {
  addStaff(['principal'], [], [])
  addStaff(['leader', 'subject_teacher'], [], [{ classId: p.classes[0]!.id, subject: '道德与法治' }])
  addStaff(['middle_manager'], [], [])
  addStaff(['school_admin'], [], [])
  for (let n = 0; p.staff.length < size.staff; n++) {
    const subject = SUBJECTS[2 + (n % (SUBJECTS.length - 2))]!
    const classes = p.classes.filter((_, i) => i % 6 === n % 6).map((c) => ({ classId: c.id, subject }))
    const mentor = n % 5 === 0
    // One subject teacher in twelve has not joined yet (an invite waits for them).
    const s = addStaff(mentor ? ['subject_teacher', 'mentor'] : ['subject_teacher'], [], classes, n % 12 !== 11)
    if (mentor) for (const c of classes) p.mentorsOf.set(c.classId, [...(p.mentorsOf.get(c.classId) ?? []), s.id])
  }
}

export function user(id: string, name: string, staffId: string | null, createdAt: string) {
  return {
    _id: id,
    openid: null as string | null,
    name,
    staffId,
    guardianIds: [] as string[],
    districtId: null as string | null,
    createdAt,
  }
}

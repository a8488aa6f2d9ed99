// A realistic demo district: one full primary school (~200 students) and a small middle school.
import type { CollectionName } from '../../core/collections'
import { DEFAULT_CALENDAR } from '../../core/coverage/calendar'
import { blankFamily, SPECIAL_CATEGORIES, type Relation, type SpecialCategory } from '../../core/model/family.schema'
import type { NewDoc } from '../../core/ports/doc-store'
import { PRIVACY_NOTICE } from '../../core/privacy/notice'
import { contactId } from '../../core/model/people.schema'
import type { Role } from '../../core/roles'
import { guardianPlan } from './demo-guardians'
import { adultName, childName, phone, seededRandom, surname, type Random } from './random'

export type SeedDocs = Partial<Record<CollectionName, NewDoc[]>>
const GRADE_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八', '九']
const SUBJECTS = ['英语', '科学', '体育', '音乐', '美术', '道德与法治']

export const DEMO = { districtId: 'dst-dwk', schoolId: 'sch-qs', otherSchoolId: 'sch-yc' }

export function buildDemoData(nowIso: string): SeedDocs {
  const r = seededRandom(20260901)
  const colls = 'districts schools classes staff users contacts families family_sensitive students guardians bindings'.split(' ')
  const out = Object.fromEntries(colls.map((c) => [c, []])) as unknown as Required<SeedDocs>
  out.districts.push({ _id: DEMO.districtId, name: '大武口区教育体育局', calendar: DEFAULT_CALENDAR })
  out.users.push(user('usr-district', '孙晓娇（区教体局）', null, nowIso, DEMO.districtId))
  const qs = new SchoolBuilder(r, out, nowIso, DEMO.schoolId, 'qs')
  out.schools.push({ _id: DEMO.schoolId, districtId: DEMO.districtId, name: '大武口区青山小学', stage: 'primary' })
  qs.build({ grades: [1, 2, 3, 4, 5, 6], classesPerGrade: 2, studentsPerClass: 17, subjectTeachers: SUBJECTS })
  const yc = new SchoolBuilder(r, out, nowIso, DEMO.otherSchoolId, 'yc')
  out.schools.push({ _id: DEMO.otherSchoolId, districtId: DEMO.districtId, name: '大武口区育才中学', stage: 'middle' })
  yc.build({ grades: [7], classesPerGrade: 1, studentsPerClass: 20, subjectTeachers: ['英语'] })
  return out
}

function user(id: string, name: string, staffId: string | null, createdAt: string, districtId: string | null = null): NewDoc {
  return { _id: id, openid: null, name, staffId, guardianIds: [], districtId, createdAt }
}

type Plan = { grades: number[]; classesPerGrade: number; studentsPerClass: number; subjectTeachers: string[] }
type Fam = { id: string; surname: string; guardianIds: string[]; categories: SpecialCategory[]; studentIds: string[] }

class SchoolBuilder {
  private staffSeq = 0
  private famSeq = 0
  private gdnSeq = 0
  private stuSeq = 0
  private families: Fam[] = []
  private classIds: string[] = []

  constructor(
    private r: Random,
    private out: Required<SeedDocs>,
    private now: string,
    private schoolId: string,
    private tag: string,
  ) {}

  build(plan: Plan) {
    for (const grade of plan.grades) {
      for (let k = 1; k <= plan.classesPerGrade; k++) this.addClass(grade, k, plan.studentsPerClass)
    }
    this.addSiblings()
    plan.subjectTeachers.forEach((subject, i) => this.addSubjectTeacher(subject, i < 2 ? i + 1 : 0))
    this.addLeaders()
    this.addParentAccounts()
  }

  private addStaff(name: string, roles: Role[], headClassIds: string[], teachings: Array<{ classId: string; subject: string }>) {
    const id = `stf-${this.tag}-${String(++this.staffSeq).padStart(3, '0')}`
    this.out.staff.push({ _id: id, schoolId: this.schoolId, name, roles, headClassIds, teachings, status: 'active', userId: `usr-${id}` })
    this.out.users.push(user(`usr-${id}`, name, id, this.now))
    this.out.contacts.push({ _id: contactId(id), schoolId: this.schoolId, ownerType: 'staff', phone: phone(this.r) })
    return id
  }

  private addClass(grade: number, k: number, size: number) {
    const classId = `cls-${this.tag}-${grade}-${k}`
    this.classIds.push(classId)
    const head = this.addStaff(
      adultName(this.r, surname(this.r), this.r.chance(0.7) ? 'F' : 'M'),
      ['head_teacher', 'subject_teacher'],
      [classId],
      [{ classId, subject: k % 2 ? '语文' : '数学' }],
    )
    this.out.classes.push({
      _id: classId,
      schoolId: this.schoolId,
      grade,
      name: `${GRADE_NAMES[grade - 1]}年级${k}班`,
      headTeacherId: head,
    })
    for (let n = 1; n <= size; n++) this.addStudent(classId, grade, k, n, this.newFamily())
  }

  private newFamily(): Fam {
    const id = `fam-${this.tag}-${String(++this.famSeq).padStart(4, '0')}`
    const roll = this.r.next()
    // About one family in five is in a special category; every category appears.
    const categories: SpecialCategory[] = roll < 0.2 ? [SPECIAL_CATEGORIES[this.famSeq % SPECIAL_CATEGORIES.length]!] : []
    const fam: Fam = { id, surname: surname(this.r), guardianIds: [], categories, studentIds: [] }
    this.families.push(fam)
    this.out.families.push(blankFamily(id, this.schoolId))
    this.out.family_sensitive.push({
      _id: id,
      schoolId: this.schoolId,
      categories,
      address: `大武口区${this.r.pick(['长胜', '青山', '人民路', '朝阳', '石炭井'])}街道${this.r.int(1, 60)}号`,
      withdrawnBy: [],
    })
    for (const [relation, gender, elder] of guardianPlan(this.r, categories)) this.addGuardian(fam, relation, gender, elder)
    return fam
  }

  private addGuardian(fam: Fam, relation: Relation, gender: 'M' | 'F', elder: boolean) {
    const id = `gdn-${this.tag}-${String(++this.gdnSeq).padStart(4, '0')}`
    const family = relation === 'father' || relation === 'grandfather' || relation === 'grandmother' ? fam.surname : surname(this.r)
    fam.guardianIds.push(id)
    this.out.guardians.push({
      _id: id,
      schoolId: this.schoolId,
      familyId: fam.id,
      name: adultName(this.r, family, gender, elder),
      relation,
      offline: elder && this.r.chance(0.3),
      userId: null,
    })
    this.out.contacts.push({ _id: contactId(id), schoolId: this.schoolId, ownerType: 'guardian', phone: phone(this.r) })
  }

  private addStudent(classId: string, grade: number, k: number, n: number, fam: Fam) {
    const id = `stu-${this.tag}-${String(++this.stuSeq).padStart(4, '0')}`
    const gender = this.r.chance(0.5) ? 'M' : 'F'
    const enrolled = 2026 - grade + 1
    fam.studentIds.push(id)
    this.out.students.push({
      _id: id,
      schoolId: this.schoolId,
      classId,
      familyId: fam.id,
      studentNo: `${enrolled}${String(k).padStart(2, '0')}${String(n).padStart(2, '0')}`,
      name: childName(this.r, fam.surname, gender),
      gender,
      birthMonth: `${enrolled - 7 + (this.r.chance(0.3) ? 1 : 0)}-${String(this.r.int(1, 12)).padStart(2, '0')}`,
      mentorIds: [],
      difficultySubjects: this.r.chance(0.08) ? [this.r.pick(['语文', '数学', '英语'])] : [],
      leftAt: null,
    })
  }

  /** Younger siblings join an older child's family, in another grade (one family, one visit). */
  private addSiblings() {
    const pairs = Math.floor(this.families.length / 16)
    for (let i = 0; i < pairs; i++) {
      const older = this.families[i * 8]!
      const classId = this.classIds[(i * 3 + 1) % this.classIds.length]!
      const [, g, k] = classId.split('-').slice(1)
      const grade = Number(g)
      const n = 50 + i
      this.addStudent(classId, grade, Number(k), n, older)
    }
  }

  private addSubjectTeacher(subject: string, mentorGroup: number) {
    const mentor = mentorGroup > 0
    const classes = this.classIds.filter((_, i) => i % 2 === subject.length % 2)
    const roles: Role[] = mentor ? ['subject_teacher', 'mentor'] : ['subject_teacher']
    const id = this.addStaff(
      adultName(this.r, surname(this.r), this.r.chance(0.6) ? 'F' : 'M'),
      roles,
      [],
      classes.map((classId) => ({ classId, subject })),
    )
    if (!mentor) return
    const mentees = this.out.students
      .filter((s) => s.schoolId === this.schoolId && classes.includes(s.classId as string))
      .slice(mentorGroup * 7, mentorGroup * 7 + 6)
    for (const s of mentees) (s.mentorIds as string[]).push(id)
  }

  private addLeaders() {
    const name = () => adultName(this.r, surname(this.r), this.r.chance(0.5) ? 'F' : 'M')
    this.addStaff(name(), ['principal'], [], [])
    this.addStaff(name(), ['leader', 'subject_teacher'], [], [{ classId: this.classIds[0]!, subject: '道德与法治' }])
    this.addStaff(name(), ['middle_manager'], [], [])
    this.addStaff(name(), ['school_admin'], [], [])
  }

  /** A third of families have a parent on WeChat, bound and approved; a few requests wait. */
  private addParentAccounts() {
    this.families.forEach((fam, i) => {
      if (i % 3 !== 0) return
      const guardianId = fam.guardianIds[0]!
      const g = this.out.guardians.find((x) => x._id === guardianId)!
      const userId = `usr-${guardianId}`
      g.userId = userId
      this.out.users.push({ ...user(userId, g.name as string, null, this.now), guardianIds: [guardianId] })
      fam.studentIds.forEach((studentId) => {
        const s = this.out.students.find((x) => x._id === studentId)!
        const status = i % 27 === 9 ? 'pending' : 'approved'
        this.out.bindings.push({
          _id: `bnd-${userId}-${studentId}`,
          schoolId: this.schoolId,
          classId: s.classId,
          userId,
          studentId,
          guardianId,
          relation: g.relation,
          status,
          createdAt: this.now,
          decidedAt: status === 'approved' ? this.now : null,
          decidedBy: status === 'approved' ? 'seed' : null,
          applicantName: g.name,
          consent: {
            guardian: { given: true, noticeVersion: PRIVACY_NOTICE.version, at: this.now },
            sensitive: status === 'approved' ? { given: true, noticeVersion: PRIVACY_NOTICE.version, at: this.now } : null,
          },
        })
      })
    })
  }
}

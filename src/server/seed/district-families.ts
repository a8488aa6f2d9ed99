// One generated school's families: siblings, special categories, guardians with sealed phones, and
// parents on WeChat bound to their children with consent.
import { blankFamily, type Relation, type SpecialCategory } from '../../core/model/family.schema'
import { contactId } from '../../core/model/people.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { PRIVACY_NOTICE } from '../../core/privacy/notice'
import { user, type ClassRec, type FamilyRec, type SchoolPeople } from './district-people'
import { pickCategories, type SchoolSize } from './district-plan'
import { adultName, childName, phone, surname, type Random } from './random'

export function addFamilies(r: Random, p: SchoolPeople, size: SchoolSize, now: string, out: WriteOp[]) {
  const tag = p.schoolId.slice(4)
  const siblingEvery = size.students > size.families ? Math.floor(size.students / (size.students - size.families)) : Infinity
  const parentShare = size.families ? size.parentsOnWeChat / size.families : 0
  let siblings = size.students - size.families
  let parents = 0
  for (let n = 0; n < size.students; n++) {
    const cls = p.classes[n % p.classes.length]!
    let fam: FamilyRec
    if (siblings > 0 && n % siblingEvery === siblingEvery - 1 && p.families.length > p.classes.length) {
      siblings--
      // A brother or sister, in another class of the same school.
      fam = p.families[Math.floor(r.next() * (p.families.length - p.classes.length))]!
    } else {
      // Most families have one parent on WeChat, one in ten two, and the rest none: the share comes out even.
      const owed = Math.round(parentShare * (p.families.length + 1)) - parents
      const onWeChat = Math.max(0, Math.min(owed, p.families.length % 10 === 9 ? 2 : 1))
      fam = newFamily(r, p, tag, onWeChat, out)
      parents += Math.min(onWeChat, fam.guardianIds.length)
    }
    addStudent(r, p, cls, fam, tag, out)
  }
  for (const fam of p.families) addParents(p, fam, now, out)
}

function newFamily(r: Random, p: SchoolPeople, tag: string, onWeChat: number, out: WriteOp[]): FamilyRec {
  const id = `fam-${tag}-${String(p.families.length + 1).padStart(5, '0')}`
  const categories = pickCategories(r)
  const fam: FamilyRec = { id, surname: surname(r), special: categories.length > 0, studentIds: [], guardianIds: [], parentUserIds: [] }
  p.families.push(fam)
  const schoolId = p.schoolId
  out.push(writes.insert('families', blankFamily(id, schoolId)))
  const address = `大武口区${r.pick(['长胜', '青山', '人民路', '朝阳', '石炭井', '长城', '沟口'])}街道${r.int(1, 120)}号`
  out.push(writes.insert('family_sensitive', { _id: id, schoolId, categories, address, withdrawnBy: [] }))
  for (const [relation, gender, elder] of guardianPlan(r, categories)) {
    const gid = `gdn-${id.slice(4)}-${fam.guardianIds.length + 1}`
    const name = adultName(r, relation === 'mother' || relation.startsWith('maternal') ? surname(r) : fam.surname, gender, elder)
    const userId = fam.guardianIds.length < onWeChat ? `usr-${gid}` : null
    const offline = !userId && elder && r.chance(0.3)
    out.push(writes.insert('guardians', { _id: gid, schoolId, familyId: id, name, relation, offline, userId }))
    out.push(writes.insert('contacts', { _id: contactId(gid), schoolId, ownerType: 'guardian', phone: phone(r) }))
    fam.guardianIds.push(gid)
    p.guardians.set(gid, { name, relation, userId })
  }
  return fam
}

type GuardianPlan = Array<[Relation, 'M' | 'F', boolean]>
function guardianPlan(r: Random, categories: SpecialCategory[]): GuardianPlan {
  // A left-behind child's father works in a city and is the one on WeChat; the grandparents care for the child.
  if (categories.includes('left_behind'))
    return [
      ['father', 'M', false],
      ['grandfather', 'M', true],
      ['grandmother', 'F', true],
    ]
  if (categories.includes('single_parent') || categories.includes('divorced'))
    return [r.chance(0.7) ? ['mother', 'F', false] : ['father', 'M', false]]
  const plan: GuardianPlan = [
    ['mother', 'F', false],
    ['father', 'M', false],
  ]
  if (r.chance(0.25)) plan.push(['maternal_grandmother', 'F', true])
  return plan
}

function addStudent(r: Random, p: SchoolPeople, cls: ClassRec, fam: FamilyRec, tag: string, out: WriteOp[]) {
  const id = `stu-${tag}-${String(p.classOf.size + 1).padStart(5, '0')}`
  const gender = r.chance(0.5) ? 'M' : 'F'
  const enrolled = 2026 - cls.grade + 1
  const studentNo = `${enrolled}${cls.id.split('-').at(-1)!.padStart(2, '0')}${String(cls.studentIds.length + 1).padStart(3, '0')}`
  const mentors = p.mentorsOf.get(cls.id) ?? []
  out.push(
    writes.insert('students', {
      _id: id,
      schoolId: p.schoolId,
      classId: cls.id,
      familyId: fam.id,
      studentNo,
      leftAt: null,
      name: childName(r, fam.surname, gender),
      gender,
      birthMonth: `${enrolled - 7 + (r.chance(0.3) ? 1 : 0)}-${String(r.int(1, 12)).padStart(2, '0')}`,
      mentorIds: mentors.length && r.chance(0.05) ? [r.pick(mentors)] : [],
      difficultySubjects: r.chance(0.08) ? [r.pick(['语文', '数学', '英语'])] : [],
    }),
  )
  cls.studentIds.push(id)
  fam.studentIds.push(id)
  p.classOf.set(id, cls)
}

/** Each parent on WeChat: an account, a binding to every child of the family (a few still pending), consents. */
function addParents(p: SchoolPeople, fam: FamilyRec, now: string, out: WriteOp[]) {
  for (const guardianId of fam.guardianIds) {
    const g = p.guardians.get(guardianId)!
    if (!g.userId) continue
    const pending = (p.families.indexOf(fam) * 7 + fam.guardianIds.indexOf(guardianId)) % 41 === 0
    out.push(writes.insert('users', { ...user(g.userId, g.name, null, now), openid: `wx-${guardianId}`, guardianIds: [guardianId] }))
    for (const studentId of fam.studentIds) out.push(...bindingOps(p, { ...g, userId: g.userId, guardianId, studentId, pending, now }))
    if (pending) p.pendingParents++
    else fam.parentUserIds.push(g.userId)
  }
}

type BindingInput = {
  userId: string
  guardianId: string
  name: string
  relation: Relation
  studentId: string
  pending: boolean
  now: string
}
function bindingOps(p: SchoolPeople, b: BindingInput): WriteOp[] {
  const consent = { given: true, noticeVersion: PRIVACY_NOTICE.version, at: b.now }
  const record = { userId: b.userId, studentId: b.studentId, schoolId: p.schoolId, ...consent }
  return [
    writes.insert('bindings', {
      _id: `bnd-${b.userId}-${b.studentId}`,
      schoolId: p.schoolId,
      classId: p.classOf.get(b.studentId)!.id,
      userId: b.userId,
      studentId: b.studentId,
      guardianId: b.guardianId,
      relation: b.relation,
      status: b.pending ? 'pending' : 'approved',
      createdAt: b.now,
      decidedAt: b.pending ? null : b.now,
      decidedBy: b.pending ? null : 'seed',
      applicantName: b.name,
      consent: { guardian: consent, sensitive: b.pending ? null : consent },
    }),
    writes.insert('consents', { _id: `cns-${b.userId}-${b.studentId}-g`, kind: 'guardian', ...record }),
    ...(b.pending ? [] : [writes.insert('consents', { _id: `cns-${b.userId}-${b.studentId}-s`, kind: 'sensitive', ...record })]),
  ]
}

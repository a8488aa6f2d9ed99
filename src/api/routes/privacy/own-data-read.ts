// What the school holds about the caller's own families, read in a fixed number of grouped steps:
// bindings → students → (guardians, sensitive, classes, schools, archives) → contacts; plus the caller's
// own questionnaire answers, opinions and correction requests. Families not bound to the caller never load.
import type { CorrectionView, MyData } from '../../../core/contract/privacy-own-data.contract'
import type { ArchiveVisit } from '../../../core/contract/visits-archive.contract'
import type { Binding, FamilySensitive, Guardian, Student } from '../../../core/model/family.schema'
import type { Correction } from '../../../core/privacy/correction.schema'
import { maskPhone } from '../../../core/privacy/mask'
import { answerInWords, definitionOf } from '../../../core/survey/questionnaire.schema'
import { QUESTIONNAIRES } from '../../../core/survey/questionnaire.v1'
import type { DocStore } from '../../../core/ports/doc-store'
import { loadArchive } from '../../archive/archive-read'
import { contactId, repos } from '../../repos'
import type { Caller } from '../../types'

const LIMIT = 50

export const correctionView = (c: Correction): CorrectionView => ({
  correctionId: c._id,
  studentId: c.studentId,
  studentName: c.studentName,
  applicantName: c.applicantName,
  item: c.item,
  text: c.text,
  createdAt: c.createdAt,
  state: c.state,
  note: c.handled?.note ?? null,
  handledAt: c.handled?.at ?? null,
})

/** The caller's approved bindings and their students: the only families this caller may read. */
export async function boundStudents(store: DocStore, userId: string) {
  const r = repos(store)
  const bindings = await r.bindings.find({ where: { userId, status: 'approved' }, limit: LIMIT })
  const students = await r.students.getMany(bindings.map((b) => b.studentId))
  return { bindings, students }
}

async function ownAnswersAndOpinions(store: DocStore, userId: string, familyIds: string[]) {
  const r = repos(store)
  const asked = await r.questionnaires.find({ where: { userId }, orderBy: [['createdAt', 'desc']], limit: LIMIT })
  const [answers, tickets, corrections] = await Promise.all([
    r.survey_answers.getMany(asked.map((q) => q._id)),
    Promise.all(familyIds.map((familyId) => r.tickets.find({ where: { familyId }, orderBy: [['createdAt', 'desc']], limit: LIMIT }))),
    r.corrections.find({ where: { userId }, orderBy: [['createdAt', 'desc']], limit: LIMIT }),
  ])
  // Only what this guardian said: another guardian's answers and opinions are theirs.
  return {
    answers: answers.filter((a) => a.userId === userId),
    tickets: tickets.flat().filter((t) => t.parentUserId === userId),
    corrections,
  }
}

function childOf(s: Student, b: Binding | undefined, names: { cls: string; school: string }, visits: ArchiveVisit[]) {
  return {
    studentId: s._id,
    name: s.name,
    studentNo: s.studentNo,
    gender: s.gender,
    birthMonth: s.birthMonth,
    className: names.cls,
    schoolName: names.school,
    consent: b?.consent ?? { guardian: null, sensitive: null },
    visits,
  }
}

type Loaded = {
  me: string
  bindings: Binding[]
  students: Student[]
  guardians: Guardian[]
  sensitive: FamilySensitive[]
  names: (s: Student) => { cls: string; school: string }
  visitsOf: (studentId: string) => ArchiveVisit[]
  phoneOf: (guardianId: string) => string | null
  own: Awaited<ReturnType<typeof ownAnswersAndOpinions>>
}

function familyView(familyId: string, l: Loaded): MyData['families'][number] {
  const sens = l.sensitive.find((x) => x._id === familyId)
  const kids = l.students.filter((s) => s.familyId === familyId)
  return {
    familyId,
    children: kids.map((s) =>
      childOf(
        s,
        l.bindings.find((b) => b.studentId === s._id),
        l.names(s),
        l.visitsOf(s._id),
      ),
    ),
    // A guardian's own number in full; another guardian's number is that person's, so it stays masked.
    guardians: l.guardians
      .filter((g) => g.familyId === familyId)
      .map((g) => {
        const phone = l.phoneOf(g._id)
        const isMe = g.userId === l.me
        return { name: g.name, relation: g.relation, offline: g.offline, phone: phone && (isMe ? phone : maskPhone(phone)), isMe }
      }),
    categories: sens?.categories ?? [],
    address: sens?.address ?? null,
    sensitiveSharedWithStaff: (sens?.withdrawnBy.length ?? 0) === 0,
    answers: l.own.answers
      .filter((a) => a.familyId === familyId)
      .map((a) => ({
        visitId: a.visitId,
        answeredAt: a.answeredAt,
        items: answerInWords(definitionOf(a.version, QUESTIONNAIRES), a.values),
      })),
    opinions: l.own.tickets
      .filter((t) => t.familyId === familyId)
      .map((t) => ({ text: t.text, createdAt: t.createdAt, state: t.state, answer: t.answer?.text ?? null })),
  }
}

export async function loadMyData(store: DocStore, caller: Caller): Promise<MyData> {
  const r = repos(store)
  const me = caller.user._id
  const { bindings, students } = await boundStudents(store, me)
  const familyIds = [...new Set(students.map((s) => s.familyId))]
  const [guardians, sensitive, classes, schools, archives, own] = await Promise.all([
    Promise.all(familyIds.map((familyId) => r.guardians.find({ where: { familyId }, limit: 20 }))).then((g) => g.flat()),
    r.sensitive.getMany(familyIds),
    r.classes.getMany([...new Set(students.map((s) => s.classId))]),
    r.schools.getMany([...new Set(students.map((s) => s.schoolId))]),
    Promise.all(students.map((s) => loadArchive(store, caller, s._id))),
    ownAnswersAndOpinions(store, me, familyIds),
  ])
  const contacts = await r.contacts.getMany(guardians.map((g) => contactId(g._id)))
  const loaded: Loaded = {
    me,
    bindings,
    students,
    guardians,
    sensitive,
    own,
    names: (s) => ({
      cls: classes.find((c) => c._id === s.classId)?.name ?? '',
      school: schools.find((x) => x._id === s.schoolId)?.name ?? '',
    }),
    visitsOf: (id) => archives.find((a) => a?.student._id === id)?.archive.visits ?? [],
    phoneOf: (gid) => contacts.find((c) => c._id === contactId(gid))?.phone ?? null,
  }
  return { families: familyIds.map((id) => familyView(id, loaded)), corrections: own.corrections.map(correctionView) }
}

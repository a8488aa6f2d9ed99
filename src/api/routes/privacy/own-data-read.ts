// What the school holds about the caller's own families, read in a fixed number of grouped steps:
// bindings → students → (guardians, sensitive, classes, schools, archives) → contacts; plus the caller's
// own questionnaire answers, opinions and correction requests. Families not bound to the caller never load.
import type { CorrectionView, MyData } from '../../../core/contract/privacy-own-data.contract'
import type { Binding, Student } from '../../../core/model/family.schema'
import type { Correction } from '../../../core/privacy/correction.schema'
import { maskPhone } from '../../../core/privacy/mask'
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
  return { answers: answers.filter((a) => a.userId === userId), tickets: tickets.flat().filter((t) => t.parentUserId === userId), corrections }
}

function childOf(s: Student, b: Binding | undefined, names: { cls: string; school: string }, visits: MyData['families'][number]['children'][number]['visits']) {
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
  const phoneOf = (gid: string) => contacts.find((c) => c._id === contactId(gid))?.phone ?? null
  const families = familyIds.map((familyId) => {
    const sens = sensitive.find((x) => x._id === familyId)
    const kids = students.filter((s) => s.familyId === familyId)
    return {
      familyId,
      children: kids.map((s) =>
        childOf(
          s,
          bindings.find((b) => b.studentId === s._id),
          { cls: classes.find((c) => c._id === s.classId)?.name ?? '', school: schools.find((x) => x._id === s.schoolId)?.name ?? '' },
          archives.find((a) => a?.student._id === s._id)?.archive.visits ?? [],
        ),
      ),
      // A guardian's own number in full; another guardian's number is that person's, so it stays masked.
      guardians: guardians
        .filter((g) => g.familyId === familyId)
        .map((g) => {
          const phone = phoneOf(g._id)
          const isMe = g.userId === me
          return { name: g.name, relation: g.relation, offline: g.offline, phone: phone && (isMe ? phone : maskPhone(phone)), isMe }
        }),
      categories: sens?.categories ?? [],
      address: sens?.address ?? null,
      sensitiveSharedWithStaff: (sens?.withdrawnBy.length ?? 0) === 0,
      answers: own.answers.filter((a) => a.familyId === familyId).map((a) => ({ visitId: a.visitId, answeredAt: a.answeredAt, values: a.values })),
      opinions: own.tickets
        .filter((t) => t.familyId === familyId)
        .map((t) => ({ text: t.text, createdAt: t.createdAt, state: t.state, answer: t.answer?.text ?? null })),
    }
  })
  return { families, corrections: own.corrections.map(correctionView) }
}

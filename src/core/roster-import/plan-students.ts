// Students are keyed by student number. Students missing from the student sheet are kept (and counted);
// one missing from a class the sheet lists is marked left once the import is in (retention erases them a
// year later; a file split by grade or class marks no one outside it); listed again, they are back.
// With a staff sheet, their mentor links follow the file too.
import type { Student } from '../model/family.schema'
import type { PlanContext } from './plan-context'
import type { StudentRow } from './types'

/** Links to file staff follow the file; links to staff outside it are kept. */
function mentorIdsOf(ctx: PlanContext, studentNo: string, current: string[]): string[] {
  if (!ctx.file.staff) return current
  const fileStaff = new Set(ctx.staffIdByPhone.values())
  const kept = current.filter((id) => !fileStaff.has(id))
  return [...kept, ...(ctx.mentorsOf.get(studentNo) ?? []).filter((id) => !kept.includes(id))]
}

function desiredStudent(ctx: PlanContext, row: StudentRow, familyId: string, current: Student | undefined) {
  return {
    classId: ctx.classIdByName.get(row.cls.name)!,
    familyId,
    name: row.name,
    gender: row.gender,
    birthMonth: row.birthMonth,
    mentorIds: mentorIdsOf(ctx, row.studentNo, current?.mentorIds ?? []),
    difficultySubjects: row.difficultySubjects,
    // Only a returning leaver is written: an older document without the field stays unchanged.
    ...(current?.leftAt ? { leftAt: null } : {}),
  }
}

/** Writes the students; returns how many students on file the student sheet does not list. */
export function writeStudents(ctx: PlanContext, familyOf: Map<string, string>): number {
  const { w, idx, schoolId } = ctx
  const inFile = new Set<string>()
  const classesInFile = new Set<string>()
  for (const row of ctx.file.students ?? []) {
    inFile.add(row.studentNo)
    classesInFile.add(ctx.classIdByName.get(row.cls.name)!)
    const current = idx.studentByNo.get(row.studentNo)
    const desired = desiredStudent(ctx, row, familyOf.get(row.studentNo)!, current)
    if (current) w.count('students', w.update('students', current, desired))
    // An explicit null: the roster-now filter (ON_ROLL) must match it in the cloud database too.
    else w.count('students', w.insert('students', { _id: ctx.newId('stu'), schoolId, studentNo: row.studentNo, ...desired, leftAt: null }))
  }
  for (const s of idx.students) {
    if (inFile.has(s.studentNo)) continue
    if (!s.leftAt && classesInFile.has(s.classId)) ctx.leavers.push(s._id)
    const outcome = w.update('students', s, { mentorIds: mentorIdsOf(ctx, s.studentNo, s.mentorIds) })
    if (outcome === 'update') w.count('students', outcome)
  }
  return ctx.file.students ? idx.students.filter((s) => !inFile.has(s.studentNo)).length : 0
}

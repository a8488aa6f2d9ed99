import { ON_ROLL } from '../../core/model/family.schema'
import { Errors, ok } from '../../core/result'
import { repos } from '../repos'
import { canSeeClass, isHeadOf, isSchoolWide } from '../policy'
import type { RouteTable } from '../types'
import { familyFacts } from './roster/family-facts'
import { overviews, readSchoolOverview } from './roster/school-overview'

export const rosterRoutes: RouteTable<'roster'> = {
  myClasses: async (_input, { caller }, { store }) => {
    const staff = caller.staff
    if (!staff) return ok({ classes: [] })
    const ids = [...new Set([...staff.headClassIds, ...staff.teachings.map((t) => t.classId)])].slice(0, 100)
    // Requests wait for the head teacher alone: only their classes are counted.
    const heads = ids.filter((id) => isHeadOf(caller, id))
    const [found, counts, pending] = await Promise.all([
      repos(store).classes.getMany(ids),
      store.countBy('students', 'classId', { classId: { in: ids }, ...ON_ROLL }),
      heads.length
        ? store.countBy('bindings', 'classId', { classId: { in: heads }, status: 'pending' })
        : Promise.resolve<Record<string, number>>({}),
    ])
    const rows = found
      .filter((c) => c.schoolId === staff.schoolId)
      .sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'zh'))
      .map((c) => ({
        classId: c._id,
        name: c.name,
        grade: c.grade,
        isHead: staff.headClassIds.includes(c._id),
        subjects: staff.teachings.filter((t) => t.classId === c._id).map((t) => t.subject),
        studentCount: counts[c._id] ?? 0,
        pendingBindings: pending[c._id] ?? 0,
      }))
    return ok({ classes: rows })
  },

  /** Each row says whether the family is on WeChat, whose visit it has and whether the caller may propose one. */
  classStudents: async ({ classId, page, pageSize }, { caller, now }, { store }) => {
    const cls = await repos(store).classes.get(classId)
    // Same answer for "missing" and "not yours": a denied caller learns nothing.
    if (!cls || !canSeeClass(caller, cls)) return Errors.notFound('班级')
    const repo = repos(store).students
    const [total, students] = await Promise.all([
      repo.count({ classId, ...ON_ROLL }),
      repo.find({ where: { classId, ...ON_ROLL }, orderBy: [['studentNo', 'asc']], limit: pageSize, skip: page * pageSize }),
    ])
    const facts = await familyFacts(store, caller, students, now)
    return ok({
      classId,
      className: cls.name,
      total,
      page,
      pageSize,
      students: students.map((s) => ({
        studentId: s._id,
        studentNo: s.studentNo,
        name: s.name,
        gender: s.gender,
        ...facts.get(s.familyId)!,
      })),
    })
  },

  myChildren: async (_input, { caller }, { store }) => {
    const bindings = await repos(store).bindings.find({
      where: { userId: caller.user._id, status: 'approved' },
      limit: 50,
    })
    const students = await repos(store).students.getMany(bindings.map((b) => b.studentId))
    const [cls, sch] = await Promise.all([
      repos(store).classes.getMany([...new Set(students.map((s) => s.classId))]),
      repos(store).schools.getMany([...new Set(students.map((s) => s.schoolId))]),
    ])
    const children = students.map((s) => ({
      studentId: s._id,
      name: s.name,
      className: cls.find((c) => c._id === s.classId)?.name ?? '',
      schoolName: sch.find((x) => x._id === s.schoolId)?.name ?? '',
      relation: bindings.find((b) => b.studentId === s._id)!.relation,
      // Kept until erased (a year on): the parent still reads the child's past visits.
      left: !!s.leftAt,
    }))
    return ok({ children })
  },

  /** Seven counted reads, kept per school until one of the collections they count is written. */
  schoolOverview: async (_input, { caller }, { store }) => {
    const schoolId = caller.schoolId
    if (!schoolId || !isSchoolWide(caller, schoolId)) return Errors.forbidden()
    const overview = await overviews.get(store, schoolId, () => readSchoolOverview(store, schoolId))
    return overview ? ok(overview) : Errors.notFound('学校')
  },

  districtOverview: async (_input, { caller }, { store }) => {
    const districtId = caller.user.districtId
    if (!districtId) return Errors.forbidden()
    const [district, schoolList] = await Promise.all([
      repos(store).districts.get(districtId),
      repos(store).schools.find({ where: { districtId }, orderBy: [['name', 'asc']], limit: 100 }),
    ])
    const ids = schoolList.map((s) => s._id)
    const [classCounts, studentCounts] = await Promise.all([
      store.countBy('classes', 'schoolId', { schoolId: { in: ids } }),
      store.countBy('students', 'schoolId', { schoolId: { in: ids }, ...ON_ROLL }),
    ])
    return ok({
      districtName: district?.name ?? '',
      schools: schoolList.map((s) => ({
        schoolId: s._id,
        name: s.name,
        classCount: classCounts[s._id] ?? 0,
        studentCount: studentCounts[s._id] ?? 0,
      })),
    })
  },
}

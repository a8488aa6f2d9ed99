// The audit log in words: "三年级2班 梁** 的家庭" instead of "family:fam-qs-0092". Students' names are
// masked (the log is read by the school and the district); staff are named as the staff list names them.
import type { AuditEntry } from '../core/model/audit.schema'
import type { DocStore } from '../core/ports/doc-store'
import { maskName } from '../core/privacy/mask'
import { repos } from './repos'

const MAX_STUDENTS = 100

/** One sentence per target of these entries; three reads whatever the page size. */
export async function describeTargets(store: DocStore, entries: AuditEntry[]): Promise<(entry: AuditEntry) => string> {
  const r = repos(store)
  const idsOf = (type: string) => [...new Set(entries.filter((e) => e.targetType === type).map((e) => e.targetId))]
  const familyIds = idsOf('family')
  const [students, staff] = await Promise.all([
    familyIds.length ? r.students.find({ where: { familyId: { in: familyIds } }, limit: MAX_STUDENTS }) : [],
    r.staff.getMany(idsOf('staff')),
  ])
  const classes = await r.classes.getMany([...new Set(students.map((s) => s.classId))])
  const className = (id: string) => classes.find((c) => c._id === id)?.name ?? ''
  const family = (familyId: string) => {
    const kids = students.filter((s) => s.familyId === familyId).map((s) => `${className(s.classId)} ${maskName(s.name)}`)
    return kids.length ? `${kids.sort().join('、')} 的家庭` : '一户已不在名单中的家庭'
  }
  return (e) => {
    if (e.targetType === 'family') return family(e.targetId)
    if (e.targetType === 'staff') return `教职工 ${staff.find((s) => s._id === e.targetId)?.name ?? '（已不在名单中）'}`
    if (e.targetType === 'file') return '名单文件'
    return '其他记录'
  }
}

// Helpers for staged-import tests: an engine with small transactions (and a crash on cue), and the
// school's roster as a person reads it (ids aside: a staged and a straight import make different ids).
import { SCHEMAS } from '../../src/core/collections'
import type { DocStore, WriteOp } from '../../src/core/ports/doc-store'
import { readAll } from '../../src/core/ports/typed-repo'

/** `store` whose transactions hold at most `max` writes; the batch after `crashAfter` batches throws, as a dying process would. */
export function bounded(store: DocStore, max: number, opts: { crashAfter?: number; onBatch?: (n: number) => void } = {}): DocStore {
  let batches = 0
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'maxBatchOps') return max
      if (prop === 'batch') {
        return async (ops: WriteOp[]) => {
          if (ops.length > max) throw new Error(`a batch of ${ops.length} writes on an engine bounded to ${max}`)
          if (opts.crashAfter !== undefined && batches >= opts.crashAfter) throw new Error('simulated crash')
          const result = await target.batch(ops)
          batches++
          opts.onBatch?.(batches)
          return result
        }
      }
      const v = Reflect.get(target, prop, target)
      return typeof v === 'function' ? v.bind(target) : v
    },
  })
}

/** Students by number with their class, family members' phones and categories; staff by phone with classes. */
export async function rosterView(store: DocStore, schoolId: string): Promise<string[]> {
  const where = { schoolId }
  const [classes, students, guardians, contacts, sensitive, staff] = await Promise.all([
    readAll(store, 'classes', SCHEMAS.classes, where),
    readAll(store, 'students', SCHEMAS.students, where),
    readAll(store, 'guardians', SCHEMAS.guardians, where),
    readAll(store, 'contacts', SCHEMAS.contacts, where),
    readAll(store, 'family_sensitive', SCHEMAS.family_sensitive, where),
    readAll(store, 'staff', SCHEMAS.staff, where),
  ])
  const className = new Map(classes.map((c) => [c._id, c.name]))
  const phone = new Map(contacts.map((c) => [c._id.replace(/^ct-/, ''), c.phone]))
  const family = (familyId: string) => {
    const members = guardians.filter((g) => g.familyId === familyId).map((g) => `${g.name}/${g.relation}/${phone.get(g._id)}`)
    const s = sensitive.find((f) => f._id === familyId)
    return `${members.sort().join('+')} ${s?.categories.join('、')} ${s?.address}`
  }
  const people = [
    ...students.map((s) => `学生 ${s.studentNo} ${s.name} ${className.get(s.classId)} ${family(s.familyId)} 导师${s.mentorIds.length}`),
    ...staff.map((s) => `教职工 ${phone.get(s._id)} ${s.name} ${s.roles.join()} ${s.headClassIds.map((c) => className.get(c)).join()}`),
    ...classes.map((c) => `班级 ${c.name} ${c.headTeacherId ? 'head' : '-'}`),
  ]
  return people.sort()
}

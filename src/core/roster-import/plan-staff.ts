// Staff are keyed by phone. Staff missing from the file are kept; they only lose a class whose
// head teacher the file now names.
import { contactId } from '../model/people.schema'
import type { PlanContext } from './plan-context'
import type { StaffRow } from './types'

/** Ids for the staff of the file, and who heads and mentors whom. Runs before classes and students. */
export function resolveStaff(ctx: PlanContext) {
  for (const row of ctx.file.staff ?? []) {
    const id = ctx.idx.staffByPhone.get(row.phone)?._id ?? ctx.newId('stf')
    ctx.staffIdByPhone.set(row.phone, id)
    for (const name of row.headClasses) ctx.headOf.set(name, id)
    for (const no of row.menteeNos) ctx.mentorsOf.set(no, [...(ctx.mentorsOf.get(no) ?? []), id])
  }
}

function desiredStaff(ctx: PlanContext, row: StaffRow) {
  const classId = (name: string) => ctx.classIdByName.get(name)!
  return {
    name: row.name,
    roles: row.roles,
    headClassIds: row.headClasses.map(classId),
    teachings: row.teachings.map((t) => ({ classId: classId(t.className), subject: t.subject })),
  }
}

export function writeStaff(ctx: PlanContext) {
  const { w, idx, schoolId } = ctx
  for (const row of ctx.file.staff ?? []) {
    const current = idx.staffByPhone.get(row.phone)
    const desired = desiredStaff(ctx, row)
    if (current) {
      w.count('staff', w.update('staff', current, desired))
      continue
    }
    const _id = ctx.staffIdByPhone.get(row.phone)!
    w.insert('staff', { _id, schoolId, ...desired, status: 'active', userId: null })
    w.insert('contacts', { _id: contactId(_id), schoolId, ownerType: 'staff', phone: row.phone })
    w.count('staff', 'add')
  }
  if (ctx.file.staff) releaseHeadClasses(ctx)
}

/** A class now headed by someone in the file is no longer headed by a colleague outside it. */
function releaseHeadClasses(ctx: PlanContext) {
  const fileStaff = new Set(ctx.staffIdByPhone.values())
  for (const s of ctx.idx.staff) {
    if (fileStaff.has(s._id)) continue
    const headClassIds = s.headClassIds.filter((id) => {
      const name = ctx.idx.classById.get(id)?.name
      return !name || !ctx.headOf.has(name)
    })
    if (headClassIds.length !== s.headClassIds.length) ctx.w.count('staff', ctx.w.update('staff', s, { headClassIds }))
  }
}

// Families from sibling groups: the family's sensitive data (categories, address) and its guardians.
import { blankFamily, type FamilySensitive, type Guardian, type SpecialCategory } from '../model/family.schema'
import { contactId } from '../model/people.schema'
import { sortCategories } from './fields'
import type { PlanContext } from './plan-context'
import type { Outcome } from './plan-writer'
import { groupSiblings, type SiblingGroup } from './siblings'
import type { GuardianRow } from './types'

/** Plans every family of the student sheet; returns student number → family id. */
export function planFamilies(ctx: PlanContext): Map<string, string> {
  const familyOf = new Map<string, string>()
  const { idx } = ctx
  const groups = groupSiblings(ctx.file.students ?? [], {
    familyOfStudent: (no) => idx.studentByNo.get(no)?.familyId,
    familyOfPhone: (phone) => idx.guardianByPhone.get(phone)?.familyId,
  })
  for (const group of groups) {
    const familyId = writeFamily(ctx, group)
    writeGuardians(ctx, familyId, uniqueGuardians(group))
    for (const r of group.rows) familyOf.set(r.studentNo, familyId)
  }
  return familyOf
}

/**
 * The file's rows say what the family is, unless a sibling on file is missing from it: then the
 * file can only add categories, and a blank address does not clear the one on file.
 */
function desiredSensitive(ctx: PlanContext, group: SiblingGroup, current: FamilySensitive) {
  const listed = new Set(group.rows.map((r) => r.studentNo))
  const partial = (ctx.idx.studentNosOfFamily.get(current._id) ?? []).some((no) => !listed.has(no))
  const fromFile = group.rows.flatMap((r) => r.categories)
  const categories = sortCategories(partial ? [...current.categories, ...fromFile] : fromFile)
  const address = group.rows.find((r) => r.address)?.address ?? (partial ? current.address : null)
  const desired: { categories?: SpecialCategory[]; address?: string | null } = {}
  if (sortCategories(current.categories).join() !== categories.join()) desired.categories = categories
  if (ctx.file.hasAddress) desired.address = address
  return desired
}

function writeFamily(ctx: PlanContext, group: SiblingGroup): string {
  const { w, schoolId } = ctx
  const current = group.existingFamilyId ? ctx.idx.sensitiveById.get(group.existingFamilyId) : undefined
  if (group.existingFamilyId && current) {
    w.count('families', w.update('family_sensitive', current, desiredSensitive(ctx, group, current)))
    return group.existingFamilyId
  }
  const categories = sortCategories(group.rows.flatMap((r) => r.categories))
  const address = group.rows.find((r) => r.address)?.address ?? null
  const familyId = group.existingFamilyId ?? ctx.newId('fam')
  if (!group.existingFamilyId) w.insert('families', blankFamily(familyId, schoolId))
  w.insert('family_sensitive', { _id: familyId, schoolId, categories, address, withdrawnBy: [] })
  w.count('families', 'add')
  return familyId
}

/** A guardian listed for several siblings is one person: the first row wins (validation checked names agree). */
function uniqueGuardians(group: SiblingGroup): GuardianRow[] {
  const byPhone = new Map<string, GuardianRow>()
  for (const r of group.rows) for (const g of r.guardians) if (!byPhone.has(g.phone)) byPhone.set(g.phone, g)
  return [...byPhone.values()]
}

/** Match by phone anywhere in the school, else by name and relation within the family (a new phone). */
function matchGuardians(ctx: PlanContext, familyId: string, rows: GuardianRow[]): Array<Guardian | undefined> {
  const matched = rows.map((g) => ctx.idx.guardianByPhone.get(g.phone))
  const taken = new Set(matched.filter(Boolean).map((g) => g!._id))
  const filePhones = new Set(rows.map((g) => g.phone))
  const phoneOf = (id: string) => ctx.idx.contactById.get(contactId(id))?.phone ?? ''
  const spare = (ctx.idx.guardiansOfFamily.get(familyId) ?? []).filter((g) => !taken.has(g._id) && !filePhones.has(phoneOf(g._id)))
  return rows.map((row, i) => {
    if (matched[i]) return matched[i]
    const k = spare.findIndex((g) => g.name === row.name && g.relation === row.relation)
    return k < 0 ? undefined : spare.splice(k, 1)[0]
  })
}

function writeGuardians(ctx: PlanContext, familyId: string, rows: GuardianRow[]) {
  const { w, schoolId } = ctx
  const matches = matchGuardians(ctx, familyId, rows)
  rows.forEach((row, i) => {
    const current = matches[i]
    const desired = { familyId, name: row.name, relation: row.relation }
    const outcomes: Outcome[] = []
    if (current) {
      outcomes.push(w.update('guardians', current, desired))
      const contact = ctx.idx.contactById.get(contactId(current._id))
      if (contact) outcomes.push(w.update('contacts', contact, { phone: row.phone }))
      else outcomes.push(w.insert('contacts', { _id: contactId(current._id), schoolId, ownerType: 'guardian', phone: row.phone }))
    } else {
      const _id = ctx.newId('gdn')
      outcomes.push(w.insert('guardians', { _id, schoolId, ...desired, offline: false, userId: null }))
      outcomes.push(w.insert('contacts', { _id: contactId(_id), schoolId, ownerType: 'guardian', phone: row.phone }))
    }
    w.count('guardians', ...outcomes)
  })
}

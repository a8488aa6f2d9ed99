// A "recompute this family's entry" marker for the school's special-members document. Written in the
// same batch as a change to what the document is built from (a family's categories, its consent, whether
// it is due), removed once the entry is written again. A request that crashed or failed in between
// leaves its marker, and the scheduler repairs the entry: the document is never stale for long.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import type { WriteOp } from '../ports/doc-store'

export const MemberRepairSchema = DocBase.extend({
  schoolId: z.string(),
  familyId: z.string(),
  at: z.string(),
})
export type MemberRepair = z.infer<typeof MemberRepairSchema>

/** A marker this old was left by a request that stopped before its own repair (requests end well within it). */
export const REPAIR_AFTER_MS = 60_000
export const repairCutoff = (now: Date) => new Date(now.getTime() - REPAIR_AFTER_MS).toISOString()

/** Fields whose change moves a family in the document: sealed categories and consent, and whether it is due. */
const ENTRY_FIELDS: Partial<Record<WriteOp['coll'], readonly string[]>> = {
  family_sensitive: ['categories', 'withdrawnBy'],
  families: ['active'],
}

/** The families whose entry in the document these writes may change (each once). */
export function familiesTouched(ops: readonly WriteOp[]): string[] {
  const out = new Set<string>()
  for (const op of ops) {
    const fields = ENTRY_FIELDS[op.coll]
    if (!fields) continue
    if (op.kind === 'remove') out.add(op.id)
    else if (op.kind === 'update' && fields.some((f) => f in op.set)) out.add(op.id)
    else if (op.kind === 'insert' && fields.some((f) => isSet(op.doc[f]))) out.add(op.doc._id)
  }
  return [...out]
}

/** A new document with no category, no withdrawal and not due is in no list: nothing to repair. */
const isSet = (v: unknown) => (Array.isArray(v) ? v.length > 0 : Boolean(v))

export type RepairGroup = { schoolId: string; familyId: string; ids: string[] }

/** Markers of one slice by family: several left for one family need one repair. */
export function repairGroups(markers: ReadonlyArray<Pick<MemberRepair, '_id' | 'schoolId' | 'familyId'>>): RepairGroup[] {
  const groups = new Map<string, RepairGroup>()
  for (const m of markers) {
    const key = `${m.schoolId}:${m.familyId}`
    const g = groups.get(key) ?? { schoolId: m.schoolId, familyId: m.familyId, ids: [] }
    g.ids.push(m._id)
    groups.set(key, g)
  }
  return [...groups.values()]
}

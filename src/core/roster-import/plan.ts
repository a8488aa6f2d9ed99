// The import plan: the school's roster as it is + the file's rows → write operations and counts.
// Running it on the state it produced yields no operations (re-importing a file changes nothing).
import type { WriteOp } from '../ports/doc-store'
import { indexExisting } from './existing-index'
import { resolveClasses, writeClasses } from './plan-classes'
import type { PlanContext } from './plan-context'
import { planFamilies } from './plan-families'
import { resolveStaff, writeStaff } from './plan-staff'
import { writeStudents } from './plan-students'
import { PlanWriter } from './plan-writer'
import type { Existing, ImportSummary, ParsedFile } from './types'

export type PlanInput = { schoolId: string; existing: Existing; file: ParsedFile; newId: (prefix: string) => string }
/** `leavers`: students a listed class no longer has, marked left after the import (outside its transaction). */
export type ImportPlan = { ops: WriteOp[]; summary: ImportSummary; missingFromFile: number; leavers: string[] }

export function planImport({ schoolId, existing, file, newId }: PlanInput): ImportPlan {
  const ctx: PlanContext = {
    schoolId,
    leavers: [],
    file,
    idx: indexExisting(existing),
    w: new PlanWriter(),
    newId,
    classIdByName: new Map(),
    staffIdByPhone: new Map(),
    headOf: new Map(),
    mentorsOf: new Map(),
  }
  const createdClasses = resolveClasses(ctx)
  resolveStaff(ctx)
  const familyOf = planFamilies(ctx)
  const missingFromFile = writeStudents(ctx, familyOf)
  writeStaff(ctx)
  writeClasses(ctx, createdClasses)
  return { ops: ctx.w.ops, summary: ctx.w.summary, missingFromFile, leavers: ctx.leavers }
}

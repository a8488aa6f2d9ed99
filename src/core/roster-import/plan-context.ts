// State shared by the planning steps of one import.
import type { ExistingIndex } from './existing-index'
import type { PlanWriter } from './plan-writer'
import type { ParsedFile } from './types'

export type PlanContext = {
  schoolId: string
  /** Students not yet marked left whom a class on file no longer lists. */
  leavers: string[]
  file: ParsedFile
  idx: ExistingIndex
  w: PlanWriter
  newId: (prefix: string) => string
  /** Class name → id, for classes on file and classes the import creates. */
  classIdByName: Map<string, string>
  /** Staff of the file, by row phone → id (existing or new). */
  staffIdByPhone: Map<string, string>
  /** Class name → the file staff who is its head teacher. */
  headOf: Map<string, string>
  /** Student number → file staff who mentor them, in file order. */
  mentorsOf: Map<string, string[]>
}

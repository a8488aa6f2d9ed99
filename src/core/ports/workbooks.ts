// Spreadsheets (the roster import): reading an uploaded .xlsx or .csv, and the downloadable template.
// One adapter implements it (src/adapters/xlsx/, the only folder that knows exceljs); only the local
// server and the `imports` cloud function wire it, so no other bundle carries a spreadsheet library.
import type { Result } from '../result'
import type { RawSheet } from '../roster-import/types'
import type { SheetData } from '../reports/school-report.sheets'

export interface Workbooks {
  /**
   * Every sheet's rows as the text a person sees. Refusals are values with a Chinese message saying
   * what to do: an old .xls, an unreadable file, a file too large, or a sheet with too many rows.
   */
  read(name: string, bytes: Uint8Array): Promise<Result<RawSheet[]>>
  /** The import template (学生, 教职工 and 说明 sheets). Built once, then the same bytes. */
  template(): Promise<Uint8Array>
  /** Changes whenever the template's content does: a stored copy of the same version can be reused. */
  readonly templateVersion: string
  /** One sheet: a bold header row, then the rows as text (an export, e.g. a student's visit archive). */
  table(sheet: string, header: string[], rows: string[][]): Promise<Uint8Array>
  /** Several such sheets in one file; numbers stay numbers (a report the bureau sums). */
  book(sheets: SheetData[]): Promise<Uint8Array>
}

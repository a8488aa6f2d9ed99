// The Workbooks port over exceljs: the only module the `imports` function and the local server wire in.
import type { Workbooks } from '../../core/ports/workbooks'
import { buildBook, buildTable } from './build-table'
import { buildTemplate, TEMPLATE_VERSION } from './build-template'
import { DEFAULT_LIMITS, readWorkbook, type WorkbookLimits } from './read-workbook'

export function createExcelWorkbooks(limits: WorkbookLimits = DEFAULT_LIMITS): Workbooks {
  let template: Promise<Uint8Array> | null = null
  return {
    read: (name, bytes) => readWorkbook(name, bytes, limits),
    // Built on first use and kept for the life of the process (a warm cloud container, the local server).
    template: () =>
      (template ??= buildTemplate().catch((e: unknown) => {
        template = null
        throw e
      })),
    templateVersion: TEMPLATE_VERSION,
    table: buildTable,
    book: buildBook,
  }
}

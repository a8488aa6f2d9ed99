// Cloud function 'imports': roster import (template, preview, apply) behind WeChat's entry point.
// The only function that wires spreadsheets (exceljs), so the others stay small.
import { importsRoutes } from '../../src/api/routes/imports.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'
import { createExcelWorkbooks } from '../../src/adapters/xlsx/excel-workbooks'

export const main = cloudMain('imports', importsRoutes, { workbooks: createExcelWorkbooks() })

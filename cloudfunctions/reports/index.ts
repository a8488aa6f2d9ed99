// Cloud function 'reports': the shared route table behind WeChat's entry point (with exceljs: the reports).
import { reportsRoutes } from '../../src/api/routes/reports.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'
import { createExcelWorkbooks } from '../../src/adapters/xlsx/excel-workbooks'

export const main = cloudMain('reports', reportsRoutes, { workbooks: createExcelWorkbooks() })

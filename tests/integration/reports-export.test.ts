// The school's report to the bureau: built as a job with progress, opened with exceljs (sheets, headers,
// class rows summing to the total, the special list matching the board), submitted in versions, and
// the district dashboard over its own district's schools only. Who may do what.
import ExcelJS from 'exceljs'
import {
  CATEGORIES_HEADER,
  CATEGORIES_NOTE,
  FIGURES_HEADER,
  SHEETS,
  SUMMED_COLUMNS,
  TOTAL_LABEL,
} from '../../src/core/reports/school-report.sheets'
import { demo } from '../support/demo'
import { ok, serverOnMovedClock } from '../support/test-server'
import { agreedVisit, slot } from '../support/visits'
import { reachableFamily } from '../support/coverage'

const { srv, at } = serverOnMovedClock()

const principal = demo.principal()
const district = demo.district()

async function buildReport(who: string, kind: 'school' | 'district' = 'school') {
  let job = ok(await srv.call(who, 'reports', 'startReport', { kind }))
  const seen = [job.progress]
  while (job.state === 'running') {
    job = ok(await srv.call(who, 'reports', 'reportJob', { jobId: job.jobId }))
    seen.push(job.progress)
  }
  return { job, seen }
}

async function openXlsx(who: string, jobId: string) {
  const file = ok(await srv.call(who, 'reports', 'reportFile', { jobId }))
  const res = await fetch(srv.url + file.url)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer)
  return { wb, name: file.name }
}

const rowsOf = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1))

/** The category sheet: the dashboard's rows, adding up to the total row's special families (one category each in the demo). */
async function categoriesMatchDashboard(wb: ExcelJS.Workbook, total: unknown[]) {
  const [header, ...rows] = rowsOf(wb.getWorksheet(SHEETS.categories)!)
  expect(header).toEqual(CATEGORIES_HEADER)
  expect(rows.at(-1)).toEqual([CATEGORIES_NOTE])
  const shown = rows.slice(0, -1)
  const d = ok(await srv.call(principal, 'reports', 'schoolDashboard', {}))
  expect(shown.map((r) => r.slice(0, 4))).toEqual(d.categories!.map((c) => [c.label, c.required, c.visited, c.notVisited]))
  const sum = (i: number) => shown.reduce((n, r) => n + Number(r[i]), 0)
  expect(sum(1)).toBe(Number(total[FIGURES_HEADER.indexOf('特殊家庭应访')]))
  expect(sum(3)).toBe(Number(total[FIGURES_HEADER.indexOf('特殊家庭未访')]))
  expect(sum(2)).toBeGreaterThan(0)
}

describe('school report', () => {
  test('a job with rising progress; the workbook sums up and lists what the board counts', async () => {
    await agreedVisit(srv, demo.headTeacher('cls-qs-3-1'), reachableFamily('cls-qs-3-1', true), slot('03', '15:00', '16:00'))
    at('2026-12-04T02:00:00.000Z') // held: one special family fewer to list
    const { job, seen } = await buildReport(principal)
    expect(job.state).toBe('done')
    expect(seen.length).toBeGreaterThan(2)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(100)
    const { wb, name } = await openXlsx(principal, job.jobId)
    expect(name).toMatch(/家访工作报告\.xlsx$/)
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS))
    const figures = rowsOf(wb.getWorksheet(SHEETS.figures)!)
    expect(figures[0]).toEqual(FIGURES_HEADER)
    const total = figures.find((r) => r[0] === TOTAL_LABEL)!
    const classes = figures.slice(1).filter((r) => r[0] !== TOTAL_LABEL)
    for (const col of SUMMED_COLUMNS) {
      const i = FIGURES_HEADER.indexOf(col)
      expect([col, classes.reduce((a, r) => a + Number(r[i]), 0)]).toEqual([col, Number(total[i])])
    }
    const board = ok(await srv.call(principal, 'coverage', 'board', {}))
    expect(Number(total[FIGURES_HEADER.indexOf('应访户数')])).toBe(board.school.required)
    const special = rowsOf(wb.getWorksheet(SHEETS.special)!).slice(1)
    expect(special.length).toBe(board.school.specialNotVisited)
    expect(Number(total[FIGURES_HEADER.indexOf('特殊家庭未访')])).toBe(board.school.specialNotVisited)
    // The bureau's copy names no child.
    for (const r of special) expect(String(r[1])).toMatch(/^(\S\*+(、\S\*+)*|（已离校）)$/)
    expect(rowsOf(wb.getWorksheet(SHEETS.cases)!)[1]![0]).toContain('还没有发布典型案例')
    await categoriesMatchDashboard(wb, total)
  })

  test('only the principal submits; a second submit is a new version; a retry is the same one', async () => {
    const { job } = await buildReport(principal)
    const middle = demo.staff.find((s) => s.schoolId === demo.schoolId && s.roles.includes('middle_manager'))!
    const manager = demo.users.find((u) => u.staffId === middle._id)!._id
    // A middle manager builds the report too, but only the principal sends it.
    const own = await buildReport(manager)
    // Built by a middle manager: no counts by category (as on their dashboard).
    expect((await openXlsx(manager, own.job.jobId)).wb.getWorksheet(SHEETS.categories)).toBeUndefined()
    expect((await srv.call(manager, 'reports', 'submitReport', { jobId: own.job.jobId })).ok).toBe(false)
    const first = ok(await srv.call(principal, 'reports', 'submitReport', { jobId: job.jobId }))
    expect(ok(await srv.call(principal, 'reports', 'submitReport', { jobId: job.jobId })).submissionId).toBe(first.submissionId)
    const again = await buildReport(principal)
    const second = ok(await srv.call(principal, 'reports', 'submitReport', { jobId: again.job.jobId }))
    expect([first.version, second.version]).toEqual([1, 2])
    expect(first.figures['应访户数']).toBeGreaterThan(0)
    const history = ok(await srv.call(principal, 'reports', 'submissions', {}))
    expect(history.rows.map((r) => r.version)).toEqual([2, 1])
    expect(history.deadline).toBe('2026-12-31')
  })

  test('someone else’s job, a teacher, a parent: answered as missing', async () => {
    const { job } = await buildReport(principal)
    const other = demo.principal(demo.otherSchoolId)
    for (const who of [other, demo.headTeacher(), district]) {
      const r = await srv.call(who, 'reports', 'reportJob', { jobId: job.jobId })
      expect(r.ok || r.error.code).toMatch(/NOT_FOUND|AUTH/)
      expect((await srv.call(who, 'reports', 'submitReport', { jobId: job.jobId })).ok).toBe(false)
    }
    expect((await srv.call(demo.headTeacher(), 'reports', 'startReport', { kind: 'school' })).ok).toBe(false)
    expect((await srv.call(principal, 'reports', 'startReport', { kind: 'district' })).ok).toBe(false)
  })
})

describe('district', () => {
  test('every school of its own district, the submission seen, the summary built', async () => {
    await srv.store.insert('schools', { _id: 'sch-elsewhere', districtId: 'dst-elsewhere', name: '别区学校', stage: 'primary' })
    const d = ok(await srv.call(district, 'reports', 'districtDashboard', {}))
    const ids = d.schools.map((s) => s.schoolId)
    expect(ids).toContain(demo.schoolId)
    expect(ids).not.toContain('sch-elsewhere')
    const mine = d.schools.find((s) => s.schoolId === demo.schoolId)!
    const board = ok(await srv.call(principal, 'coverage', 'board', {}))
    expect([mine.required, mine.specialNotVisited]).toEqual([board.school.required, board.school.specialNotVisited])
    expect(mine.submission).toBe('已按时上报')
    expect(d.submissions.some((s) => s.schoolName === board.schoolName)).toBe(true)
    const sub = d.submissions[0]!
    expect(ok(await srv.call(district, 'reports', 'reportFile', { submissionId: sub.submissionId })).name).toMatch(/xlsx$/)
    expect((await srv.call(demo.principal(demo.otherSchoolId), 'reports', 'reportFile', { submissionId: sub.submissionId })).ok).toBe(false)
    for (const who of [principal, demo.headTeacher()]) expect((await srv.call(who, 'reports', 'districtDashboard', {})).ok).toBe(false)
    const { job } = await buildReport(district, 'district')
    const { wb } = await openXlsx(district, job.jobId)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各校对比', '报告上报', '说明'])
    expect(rowsOf(wb.getWorksheet('各校对比')!).length).toBe(d.schools.length + 2)
  })
})

// Uploaded rosters hold personal data: sealed on disk, deleted once used, and gone within a day anyway.
// The template holds none: stored once and handed out again.
import { readdirSync, readFileSync } from 'node:fs'
import type { Result } from '../../src/core/result'
import type { JobStats } from '../../src/api/scheduler'
import { join } from 'node:path'
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx, studentsCsv } from '../support/roster-file'
import { ok, SEED_NOW, startTestServer, TEST_SECRET, type TestServer } from '../support/test-server'

jest.setTimeout(60_000)
let srv: TestServer
let now = SEED_NOW
const admin = demo.admin()
const HOUR = 3600e3

beforeAll(async () => {
  srv = await startTestServer({ clock: () => now })
})
afterAll(() => srv.close())
beforeEach(() => (now = SEED_NOW))

/** What the H5 app does: the raw bytes to POST /files. */
async function upload(bytes: Uint8Array, name: string): Promise<string> {
  const res = await fetch(`${srv.url}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${signSession(admin, TEST_SECRET)}`, 'x-file-name': encodeURIComponent(name) },
    body: Buffer.from(bytes),
  })
  return ok((await res.json()) as Result<{ fileId: string }>).fileId
}
const stored = () => readdirSync(srv.filesDir).filter((f) => !f.endsWith('.json'))
const runScheduler = async (at: Date) => ok((await srv.post('/dev/scheduler/run', { now: at.toISOString() })).json as Result<JobStats>)
const notFound = { ok: false, error: { code: 'DATA.NOT_FOUND', message: '文件不存在或已被删除' } }

test('an uploaded roster is sealed on disk: no phone, name or address can be read from the files folder', async () => {
  const rows = buildRosterRows(5)
  const fileId = await upload(await studentsCsv(rows.students), '学生.csv')
  const onDisk = Buffer.concat(readdirSync(srv.filesDir).map((f) => readFileSync(join(srv.filesDir, f))))
  for (const secret of [rows.students[1]!.监护人1电话!, rows.students[1]!.姓名!, '青山街道', '学号', '学生.csv']) {
    expect(onDisk.includes(Buffer.from(secret))).toBe(false)
  }
  expect(await srv.call(admin, 'imports', 'preview', { fileId })).toMatchObject({ ok: true, data: { errorCount: 0 } })
})

test('once applied, the roster file is deleted', async () => {
  const fileId = await upload(await rosterXlsx({ ...buildRosterRows(8), staff: [] }), 'roster.xlsx')
  expect(stored()).toContain(fileId)
  ok(await srv.call(admin, 'imports', 'apply', { fileId }))
  expect(stored()).not.toContain(fileId)
  expect(await srv.call(admin, 'imports', 'preview', { fileId })).toEqual(notFound)
})

test('a file apply refuses for its errors is deleted: the message asks for a corrected file', async () => {
  const rows = buildRosterRows(4)
  rows.students[2]!.姓名 = ''
  const fileId = await upload(await rosterXlsx(rows), 'roster.xlsx')
  expect(await srv.call(admin, 'imports', 'apply', { fileId })).toMatchObject({ ok: false, error: { code: 'IMPORT.HAS_ERRORS' } })
  expect(stored()).not.toContain(fileId)
})

test('an import left unfinished is purged by the scheduler after a day', async () => {
  const fileId = await upload(await rosterXlsx(buildRosterRows(3)), 'roster.xlsx')
  ok(await srv.call(admin, 'imports', 'preview', { fileId }))
  expect((await runScheduler(new Date(SEED_NOW.getTime() + 23 * HOUR))).filesPurged).toBe(0)
  expect((await runScheduler(new Date(SEED_NOW.getTime() + 25 * HOUR))).filesPurged).toBeGreaterThanOrEqual(1)
  expect(stored()).not.toContain(fileId)
  expect(await srv.call(admin, 'imports', 'preview', { fileId })).toEqual(notFound)
})

test('the template is stored once, handed out again, and survives the purge', async () => {
  const first = ok(await srv.call(admin, 'imports', 'template'))
  const second = ok(await srv.call(demo.admin(demo.otherSchoolId), 'imports', 'template'))
  expect(second).toEqual(first)
  const downloaded = await fetch(srv.url + first.url)
  expect(downloaded.status).toBe(200)
  expect(
    Buffer.from(await downloaded.arrayBuffer())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK')
  await runScheduler(new Date(SEED_NOW.getTime() + 30 * 24 * HOUR))
  expect(ok(await srv.call(admin, 'imports', 'template'))).toEqual(first)
  expect(stored()).toEqual([first.fileId])
})

// The retention table enforced by the scheduler, with the clock moved past each period: record drafts
// after 30 days unsaved, stored request answers after 7 days, uploads after a day, exports after an hour,
// handled correction requests after a year, report jobs after a day (a submitted file stays).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { runScheduler } from '../../src/api/scheduler'
import { uploadExpiry } from '../../src/core/ports/file-storage'
import { RETENTION } from '../../src/core/retention.rules'

const T0 = new Date('2026-12-01T02:00:00Z')
const DAY = 24 * 3600e3
const at = (ms: number) => new Date(T0.getTime() + ms)

function setUp() {
  const store = new SqliteStore(':memory:')
  const files = createDiskStorage(mkdtempSync(join(tmpdir(), 'jf-ret-')), createKeyRing('f'.repeat(64)))
  const run = (now: Date) => runScheduler({ store, notifier: createLocalNotifier(), files }, now, { pause: async () => undefined })
  return { store, files, run }
}

const draft = (visitId: string, updatedAt: Date) => ({
  _id: visitId,
  visitId,
  ownerId: 'u1',
  draft: {},
  updatedAt: updatedAt.toISOString(),
})

test('the periods are the ones the README states', () => {
  expect(RETENTION.recordDrafts.ms).toBe(30 * DAY)
  expect(RETENTION.replays.ms).toBe(7 * DAY)
  expect(RETENTION.uploads.ms).toBe(DAY)
})

test('a record draft goes 30 days after its last save; one saved since stays', async () => {
  const { store, run } = setUp()
  await store.insert('record_drafts', draft('v-old', T0))
  await store.insert('record_drafts', draft('v-recent', at(20 * DAY)))
  expect((await run(at(29 * DAY))).draftsPurged).toBe(0)
  const later = await run(at(31 * DAY))
  expect(later.draftsPurged).toBe(1)
  expect(await store.get('record_drafts', 'v-old')).toBeNull()
  expect(await store.get('record_drafts', 'v-recent')).not.toBeNull()
  store.close()
})

test('stored answers go after 7 days', async () => {
  const { store, run } = setUp()
  await store.insert('requests', { _id: 'r1', at: T0.toISOString(), result: { ok: true, data: null } })
  await run(at(6 * DAY))
  expect(await store.get('requests', 'r1')).not.toBeNull()
  expect((await run(at(8 * DAY))).purged).toBe(1)
  expect(await store.get('requests', 'r1')).toBeNull()
  store.close()
})

test('an uploaded roster goes after a day, an archive export after an hour', async () => {
  const { store, files, run } = setUp()
  const roster = await files.put('学生.csv', Buffer.from('学号\n1'), 'u1', { expiresAt: uploadExpiry(T0) })
  const sheet = await files.put('档案.xlsx', Buffer.from('x'), 'u1', { expiresAt: at(RETENTION.exports.ms) })
  expect((await run(at(0.5 * 3600e3))).filesPurged).toBe(0)
  expect((await run(at(2 * 3600e3))).filesPurged).toBe(1)
  expect(await files.get(sheet.fileId)).toBeNull()
  expect(await files.get(roster.fileId)).not.toBeNull()
  expect((await run(at(DAY + 3600e3))).filesPurged).toBe(1)
  expect(await files.get(roster.fileId)).toBeNull()
  store.close()
})

const correction = (_id: string, state: 'open' | 'handled') => ({
  _id,
  studentId: 'stu-1',
  state,
  createdAt: T0.toISOString(),
  text: '住址',
})

test('a handled correction request goes a year after it was asked; an open one stays', async () => {
  const { store, run } = setUp()
  await store.insert('corrections', correction('cor-handled', 'handled'))
  await store.insert('corrections', correction('cor-open', 'open'))
  expect((await run(at(364 * DAY))).correctionsPurged).toBe(0)
  expect((await run(at(366 * DAY))).correctionsPurged).toBe(1)
  expect(await store.get('corrections', 'cor-handled')).toBeNull()
  expect(await store.get('corrections', 'cor-open')).not.toBeNull()
  store.close()
})

test('a report job goes a day after its last step, with its file unless the district was sent it', async () => {
  const { store, files, run } = setUp()
  const kept = await files.put('已提交.xlsx', Buffer.from('x'), 'public')
  const dropped = await files.put('未提交.xlsx', Buffer.from('y'), 'public')
  const job = (_id: string, fileId: string) => ({ _id, fileId, updatedAt: T0.toISOString(), createdAt: T0.toISOString() })
  await store.insert('report_jobs', job('job-sent', kept.fileId))
  await store.insert('report_jobs', job('job-unsent', dropped.fileId))
  await store.insert('report_submissions', {
    _id: 'sub-1',
    jobId: 'job-sent',
    fileId: kept.fileId,
    schoolId: 's',
    periodId: 'p',
    version: 1,
  })
  expect((await run(at(DAY - 3600e3))).reportJobsPurged).toBe(0)
  expect((await run(at(DAY + 3600e3))).reportJobsPurged).toBe(2)
  expect(await store.get('report_jobs', 'job-sent')).toBeNull()
  expect(await files.get(dropped.fileId)).toBeNull()
  expect(await files.get(kept.fileId)).not.toBeNull()
  expect(await store.get('report_submissions', 'sub-1')).not.toBeNull()
  store.close()
})

// Benchmark (not a test): a 2,000-student roster file through the real local server — preview with
// errors, preview, apply, re-import of the same file — with wall time and store round trips.
// The behaviour is tested with 200 rows in tests/integration/roster-import.test.ts.
import type { Result } from '../../src/core/result'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx, type RosterRows } from '../support/roster-file'
import { startTestServer, type TestServer } from '../support/test-server'

const N = 2000

function withErrors(rows: RosterRows): RosterRows {
  const students = rows.students.map((s) => ({ ...s }))
  students[10]!.学号 = students[5]!.学号!
  students[20]!.姓名 = ''
  students[40]!.监护人1电话 = '1380013800'
  return { students, staff: rows.staff }
}

async function measured(srv: TestServer, label: string, run: () => Promise<Result<unknown>>) {
  const [t0, trips0] = [performance.now(), srv.store.roundTrips]
  const res = await run()
  const ms = Math.round(performance.now() - t0)
  console.log(`${label.padEnd(36)} ${String(ms).padStart(6)} ms  ${String(srv.store.roundTrips - trips0).padStart(4)} store round trips`)
  return res
}

async function main() {
  const srv = await startTestServer()
  const admin = demo.admin()
  const upload = async (rows: RosterRows) => (await srv.files.put('roster.xlsx', await rosterXlsx(rows), admin)).fileId
  const clean = buildRosterRows(N)
  const [dirtyId, cleanId, againId] = [await upload(withErrors(clean)), await upload(clean), await upload(clean)]

  console.log(`\nRoster import, ${N} students (SQLite in memory, through the local server)`)
  const call = (action: 'preview' | 'apply', fileId: string) => () => srv.call(admin, 'imports', action, { fileId })
  const dirty = await measured(srv, `preview ${N} students (3 bad rows)`, call('preview', dirtyId))
  const refused = await measured(srv, `apply ${N} students (refused)`, call('apply', dirtyId))
  await measured(srv, `preview ${N} students (clean)`, call('preview', cleanId))
  const applied = await measured(srv, `apply ${N} students`, call('apply', cleanId))
  const again = await measured(srv, `re-import ${N} students (no change)`, call('apply', againId))
  await srv.close()
  // A figure is only worth printing if the import did what it should.
  if (!dirty.ok || refused.ok || !applied.ok || !again.ok) throw new Error('the import did not behave as in the tests')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

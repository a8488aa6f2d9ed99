// kill -9 between two chunks: a child process runs a staged import (20 writes per transaction) on the
// server's own database file; the test kills it mid-way, readers all along see only the old roster,
// and the admin's next call finishes the job to exactly what a straight import gives.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx } from '../support/roster-file'
import { rosterView } from '../support/staged-import'
import { ok, startTestServer, TEST_DATA_KEY } from '../support/test-server'

jest.setTimeout(180_000)

const admin = demo.admin()
const school = demo.schoolId

/** Bundled inside the project, so the child finds the project's native and external modules. */
async function bundleChild(): Promise<string> {
  const outfile = join('dist', 'test-children', 'staged-import-child.js')
  const external = ['better-sqlite3', 'exceljs', 'wx-server-sdk', '@node-rs/jieba']
  await build({
    entryPoints: ['tests/support/staged-import-child.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external,
    logLevel: 'warning',
  })
  return outfile
}

test('a staged import killed with SIGKILL between chunks resumes to the same roster as a straight one, never seen half done', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jf-kill-'))
  const rows = buildRosterRows(60)
  const straight = await startTestServer()
  ok(await straight.call(admin, 'imports', 'apply', { fileId: (await straight.files.put('x.xlsx', await rosterXlsx(rows), admin)).fileId }))
  const expected = await rosterView(straight.store, school)
  await straight.close()

  const srv = await startTestServer({ dbPath: join(dir, 'db.sqlite') })
  try {
    const before = await rosterView(srv.store, school)
    const fileId = (await srv.files.put('全校.xlsx', await rosterXlsx(rows), admin)).fileId
    const child = spawn(process.execPath, [await bundleChild(), join(dir, 'db.sqlite'), srv.filesDir, fileId, admin, TEST_DATA_KEY, '7'])
    let out = ''
    let errors = ''
    child.stderr.on('data', (b: Buffer) => (errors += b.toString()))
    const killed = new Promise<number>((resolve) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString()
        // The job and 6 chunks are written and the child waits before the 7th: kill it there.
        if (/batch 7\n/.test(out)) child.kill('SIGKILL')
      })
      child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL' ? 1 : 0))
    })
    // A reader all along: the roster it sees is the old one, whole.
    const seen = new Set<string>()
    let running = true
    void killed.then(() => (running = false))
    while (running) {
      seen.add(JSON.stringify(await rosterView(srv.store, school)))
      // SQLite answers synchronously: let the child's output and exit be heard.
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect({ killed: await killed, errors }).toEqual({ killed: 1, errors: '' })
    expect(out).not.toMatch(/done/)
    expect([...seen]).toEqual([JSON.stringify(before)])

    const stopped = ok(await srv.call(admin, 'imports', 'progress', {})).job!
    expect(stopped).toMatchObject({ state: 'staging', done: 6 })
    expect(await rosterView(srv.store, school)).toEqual(before)
    const resumed = ok(await srv.call(admin, 'imports', 'resume', {})).job!
    expect(resumed).toMatchObject({ state: 'committed', done: stopped.total })
    expect(await rosterView(srv.store, school)).toEqual(expected)
  } finally {
    await srv.close()
  }
})

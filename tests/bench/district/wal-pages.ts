// What a write loop costs the write-ahead log, per collection: pages written (frames), commits, and
// the statements that wrote them. A second connection holds a read snapshot from the start of the loop,
// so no checkpoint can copy or restart the log under it: every frame the loop appended is still in the
// file afterwards, and SQLite's `dbstat` says which table or index each frame's page belongs to.
import Database from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'

const WAL_HEADER = 32
const FRAME_HEADER = 24

export type LogHold = { file: string; startFrame: number; release(): void }

/** Pins the log of `file` from now on (until `release`): the caller's own connection must already be open. */
export function holdLog(file: string): LogHold {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  db.prepare('BEGIN').run()
  db.prepare('SELECT count(*) FROM sqlite_schema').get()
  const wal = `${file}-wal`
  return {
    file,
    startFrame: existsSync(wal) ? frames(readFileSync(wal)).length : 0,
    release: () => (db.prepare('COMMIT').run(), db.close()),
  }
}

type Frame = { page: number; commit: boolean }

/** The log's valid frames, in order (a frame whose salt is not the header's is left over from before a restart). */
function frames(wal: Buffer): Frame[] {
  if (wal.length < WAL_HEADER) return []
  const pageSize = wal.readUInt32BE(8)
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)]
  const out: Frame[] = []
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break
    out.push({ page: wal.readUInt32BE(at), commit: wal.readUInt32BE(at + 4) !== 0 })
  }
  return out
}

export type LogTally = { pageSize: number; commits: number; byObject: Map<string, number> }

/** Frames appended since `holdLog`, per table or index; then lets the log go. */
export function loggedPages(hold: LogHold): LogTally {
  const wal = readFileSync(`${hold.file}-wal`)
  const appended = frames(wal).slice(hold.startFrame)
  hold.release()
  const db = new Database(hold.file, { readonly: true, fileMustExist: true })
  const owner = new Map(
    (db.prepare('SELECT pageno, name FROM dbstat').all() as Array<{ pageno: number; name: string }>).map((r) => [r.pageno, r.name]),
  )
  db.close()
  const byObject = new Map<string, number>()
  for (const f of appended) {
    const name = owner.get(f.page) ?? '(free or header)'
    byObject.set(name, (byObject.get(name) ?? 0) + 1)
  }
  return { pageSize: wal.readUInt32BE(8), commits: appended.filter((f) => f.commit).length, byObject }
}

/** `visits__teacherId_status_startAt` → visits; `sqlite_autoindex_visits_1` (the id key) → visits. */
export function collectionOf(object: string): string {
  const auto = /^sqlite_autoindex_(.+)_\d+$/.exec(object)
  return auto ? auto[1]! : object.split('__')[0]!
}

/** Statements per collection and kind (read, insert, update, delete), from the engine's per-statement profile. */
export function statementsByCollection(bySql: Map<string, { n: number }>): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>()
  for (const [sql, { n }] of bySql) {
    const m = /^(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b.*?"(\w+)"/s.exec(sql)
    const [coll, kind] = m ? [m[2]!, m[1]!.split(' ')[0]!.toLowerCase()] : ['(engine)', sql.split(' ')[0]!.toLowerCase()]
    const row = out.get(coll) ?? out.set(coll, {}).get(coll)!
    row[kind] = (row[kind] ?? 0) + n
  }
  return out
}

/** One line per collection: statements by kind, log pages (and on which of its B-trees), per pair. */
export function printLogTally(log: LogTally, bySql: Map<string, { n: number }>, pairs: number): void {
  const per = (x: number) => (x / pairs).toFixed(1)
  const pages = new Map<string, Array<[string, number]>>()
  for (const [object, n] of log.byObject) {
    const coll = collectionOf(object)
    pages.set(coll, [...(pages.get(coll) ?? []), [object, n]])
  }
  const stmts = statementsByCollection(bySql)
  const colls = [...new Set([...pages.keys(), ...stmts.keys()])]
  const total = (c: string) => (pages.get(c) ?? []).reduce((s, [, n]) => s + n, 0)
  colls.sort((a, b) => total(b) - total(a))
  console.log(
    `每对：提交 ${per(log.commits)} 次，日志 ${per([...log.byObject.values()].reduce((s, n) => s + n, 0))} 页（每页 ${log.pageSize} B）`,
  )
  console.log('collection          statements (per pair)                 log pages  on (table · id key · indexes)')
  for (const c of colls) {
    const kinds = Object.entries(stmts.get(c) ?? {}).map(([k, n]) => `${k} ${per(n)}`)
    const on = (pages.get(c) ?? []).sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o.replace(`${c}__`, '')} ${per(n)}`)
    console.log(`${c.padEnd(18)}  ${kinds.join(', ').padEnd(36)}  ${per(total(c)).padStart(9)}  ${on.join(' · ')}`)
  }
}

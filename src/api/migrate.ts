// Runs the data-model migrations a database still needs, on any engine (below the sealing layer: a
// migration never touches sealed fields). Each page of documents is patched by compare-and-set and then
// the cursor in `meta/migration` moves past it, so a crash or a cloud function's time limit resumes
// from the last page done; `meta/schema.version` moves only when a migration has walked everything.
import { SCHEMA_VERSION } from '../core/collections'
import { MIGRATIONS, type Migration } from '../core/migrations.rules'
import type { Doc, DocStore } from '../core/ports/doc-store'

const CURSOR = 'migration'
const PAGE = 100
const MAX_RETRIES = 5

/** `done: false`: the run stopped at `maxDocs` with its cursor saved; the next run carries on. */
export type MigrateReport = { from: number; to: number; patched: number; done: boolean }
export type MigrateOptions = {
  now: Date
  page?: number
  /** Stop after reading this many documents (a cloud function's run is bounded); default: no limit. */
  maxDocs?: number
  log?: (line: string) => void
  migrations?: readonly Migration[]
}

export async function migrate(store: DocStore, opts: MigrateOptions): Promise<MigrateReport> {
  const from = await versionOf(store, opts.now)
  if (from === null) return { from: SCHEMA_VERSION, to: SCHEMA_VERSION, patched: 0, done: true }
  const report: MigrateReport = { from, to: from, patched: 0, done: true }
  const budget = { left: opts.maxDocs ?? Infinity }
  for (const m of (opts.migrations ?? MIGRATIONS).filter((x) => x.to > from).sort((a, b) => a.to - b.to)) {
    opts.log?.(`数据迁移到版本 ${m.to}：${m.name}`)
    const walked = await walk(store, m, opts.page ?? PAGE, budget)
    report.patched += walked.patched
    if (!walked.done) return { ...report, done: false }
    const schema = (await store.get('meta', 'schema'))!
    await store.update('meta', 'schema', { version: m.to }, schema._v)
    await store.remove('meta', CURSOR)
    report.to = m.to
  }
  return report
}

/** The stored version; a database with data but no marker is from version 1; an empty one needs nothing. */
async function versionOf(store: DocStore, now: Date): Promise<number | null> {
  const schema = await store.get('meta', 'schema')
  if (schema) return Number(schema.version)
  if ((await store.count('schools')) === 0) return null
  await store.insert('meta', { _id: 'schema', version: 1, seededAt: now.toISOString() })
  return 1
}

async function walk(store: DocStore, m: Migration, page: number, budget: { left: number }) {
  const cursor = await store.get('meta', CURSOR)
  let after = cursor && cursor.to === m.to ? (cursor.after as string | null) : null
  let patched = 0
  for (;;) {
    if (budget.left <= 0) return { patched, done: false }
    const limit = Math.min(page, budget.left)
    const where = after === null ? undefined : { _id: { gt: after } }
    const docs = await store.find(m.coll, { where, orderBy: [['_id', 'asc']], limit })
    budget.left -= docs.length
    for (const doc of docs) if (await patchDoc(store, m, doc)) patched++
    if (docs.length === 0) return { patched, done: true }
    after = docs[docs.length - 1]!._id
    await saveCursor(store, m.to, after)
    if (docs.length < limit) return { patched, done: true }
  }
}

async function patchDoc(store: DocStore, m: Migration, first: Doc): Promise<boolean> {
  let doc: Doc | null = first
  for (let attempt = 0; doc && attempt < MAX_RETRIES; attempt++) {
    const set = m.patch(doc)
    if (!set) return false
    // Compare-and-set: a write by the running app in between is re-read, never overwritten.
    if (await store.update(m.coll, doc._id, set, doc._v)) return true
    doc = await store.get(m.coll, doc._id)
  }
  if (doc) throw new Error(`migrate ${m.coll}/${first._id}: still changing after ${MAX_RETRIES} attempts`)
  return false
}

async function saveCursor(store: DocStore, to: number, after: string) {
  if ((await store.insert('meta', { _id: CURSOR, to, after })) === 'duplicate') await store.update('meta', CURSOR, { to, after })
}

// The local engine: one table per collection (id, version, JSON doc) in SQLite, WAL, expression indexes.
import Database from 'better-sqlite3'
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../core/collections'
import {
  MAX_PAGE,
  type BatchResult,
  type Doc,
  type DocStore,
  type FindOptions,
  type NewDoc,
  type Where,
  type WriteOp,
} from '../../core/ports/doc-store'
import { declaredShapes, isByIdOnly, shapeOf, UndeclaredQueryError } from '../../core/query-shapes'
import { checkpointWhole, startCheckpointer, type Checkpointer, type CheckpointPolicy } from './checkpointer'
import { createSchema } from './schema'
import { Statements, type EngineProfile } from './statements'
import { countBySql, countSql, findSql, known, t, updateSql } from './where-sql'

export type { EngineProfile } from './statements'

type Row = { id: string; v: number; doc: string }
class BatchAbort extends Error {
  constructor(
    readonly index: number,
    readonly reason: 'duplicate' | 'conflict',
  ) {
    super(reason)
  }
}

export class SqliteStore implements DocStore {
  private readonly db: Database.Database
  private readonly sql: Statements
  private trips = 0
  /** Writes made through this engine, per collection (see writeStamp). */
  private readonly writesSeen = new Map<CollectionName, number>()
  /** One SQLite transaction: no practical bound. */
  readonly maxBatchOps = 1_000_000

  private readonly declared: Map<CollectionName, Set<string>> | null
  private readonly checkpointer: Checkpointer | null = null

  /**
   * `declaredQueriesOnly` (tests): refuse any query whose shape the collection registry does not
   * declare, so every query a route makes is one the query-plan test has checked.
   */
  constructor(path: string, opts: { declaredQueriesOnly?: boolean; checkpoints?: CheckpointPolicy } = {}) {
    this.declared = opts.declaredQueriesOnly ? new Map(COLLECTION_NAMES.map((c) => [c, declaredShapes(COLLECTIONS[c].queries)])) : null
    this.db = new Database(path)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    createSchema(this.db)
    this.sql = new Statements(this.db)
    this.checkpointer = startCheckpointer(this.db, path, opts.checkpoints)
  }

  /**
   * This engine without the declared-query check (same connection, same write stamps): for tests that
   * inspect stored data in shapes no route asks for. Its queries are not counted in `roundTrips`.
   */
  unchecked(): SqliteStore {
    const view = Object.create(this) as SqliteStore
    Object.defineProperty(view, 'declared', { value: null })
    return view
  }

  /** See Checkpointer.restarts (the benchmark shows them). */
  get logRestarts() {
    return this.checkpointer?.restarts ?? { count: 0, longestMs: 0 }
  }

  get roundTrips() {
    return this.trips
  }

  /** This engine's writes to `colls`, and SQLite's count of commits by other connections to the file. */
  writeStamp(colls: readonly CollectionName[]): string {
    const others = this.othersVersion()
    let own = 0
    for (const c of colls) own += this.writesSeen.get(c) ?? 0
    return `${others}:${own}`
  }

  /**
   * SQLite's count of other connections' commits, asked once per turn of the event loop (a request asks
   * several times). A value kept a little too long is older, never newer, than the data read after it:
   * a cache misses once more, and never keeps a read under a stamp that already covers a later commit.
   */
  private othersVersion(): number {
    if (this.dataVersion === null) {
      this.dataVersion = (this.sql.get('PRAGMA data_version', []) as { data_version: number }).data_version
      setImmediate(() => (this.dataVersion = null))
    }
    return this.dataVersion
  }
  private dataVersion: number | null = null

  /** Set by the benchmark to add up the time SQLite spends executing statements. */
  get profile(): EngineProfile | null {
    return this.sql.profile
  }
  set profile(p: EngineProfile | null) {
    this.sql.profile = p
  }

  /** Everything in the database file itself (a copy of the file alone is whole), then closed. */
  close() {
    this.checkpointer?.stop()
    if (this.checkpointer) checkpointWhole(this.db)
    this.db.close()
  }

  /** SQLite's query plan for a query this engine would run (one line per step), for tests and tools. */
  explain(
    coll: CollectionName,
    query: { where?: Where; orderBy?: FindOptions['orderBy'] },
    kind: 'find' | 'count' | { countBy: string },
  ): string[] {
    const name = known(coll)
    const { sql, params } =
      kind === 'find'
        ? findSql(name, { ...query, limit: 20 })
        : kind === 'count'
          ? countSql(name, query.where)
          : countBySql(name, kind.countBy, query.where)
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>
    return rows.map((r) => r.detail)
  }

  async get(coll: CollectionName, id: string) {
    this.trips++
    const row = this.sql.get(`SELECT id, v, doc FROM ${t(coll)} WHERE id = ?`, [id]) as Row | undefined
    return row ? toDoc(row) : null
  }

  async getMany(coll: CollectionName, ids: string[], fields?: readonly string[]) {
    if (ids.length > MAX_PAGE) throw new Error(`getMany: at most ${MAX_PAGE} ids`)
    if (ids.length === 0) return []
    return this.find(coll, { where: { _id: { in: ids } }, limit: MAX_PAGE, ...(fields ? { fields } : {}) })
  }

  async find(coll: CollectionName, opts: FindOptions) {
    this.trips++
    if (opts.limit < 1 || opts.limit > MAX_PAGE) throw new Error(`find: limit must be 1..${MAX_PAGE}`)
    this.checkDeclared(coll, opts.where, opts.orderBy ?? [])
    const { sql, params } = findSql(known(coll), opts)
    return (this.sql.all(sql, params) as Row[]).map(toDoc)
  }

  async count(coll: CollectionName, where?: Where) {
    this.trips++
    this.checkDeclared(coll, where)
    const { sql, params } = countSql(known(coll), where)
    return (this.sql.get(sql, params) as { n: number }).n
  }

  async countBy(coll: CollectionName, field: string, where?: Where) {
    this.trips++
    this.checkDeclared(coll, where)
    const { sql, params } = countBySql(known(coll), field, where)
    const rows = this.sql.all(sql, params) as Array<{ k: unknown; n: number }>
    return Object.fromEntries(rows.map((r) => [String(r.k), r.n]))
  }

  async insert(coll: CollectionName, doc: NewDoc) {
    return this.write(() => this.insertSync(coll, doc)) ? 'ok' : 'duplicate'
  }

  /** One statement: SQLite commits it on its own. */
  async update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    return this.write(() => this.updateSync(coll, id, set, expectVersion))
  }

  async remove(coll: CollectionName, id: string) {
    return this.write(() => this.removeSync(coll, id))
  }

  async batch(ops: WriteOp[]): Promise<BatchResult> {
    try {
      this.write(() => this.sql.transaction(() => ops.forEach((op, i) => this.applySync(op, i))))
      return { ok: true }
    } catch (e) {
      if (e instanceof BatchAbort) return { ok: false, index: e.index, reason: e.reason }
      throw e
    }
  }

  /** One round trip that writes; afterwards the checkpointer may restart the log (see checkpointer.ts). */
  private write<T>(body: () => T): T {
    this.trips++
    try {
      return body()
    } finally {
      this.checkpointer?.afterWrite(this.db)
    }
  }

  private checkDeclared(coll: CollectionName, where: Where | undefined, orderBy?: FindOptions['orderBy']) {
    if (!this.declared || isByIdOnly(where, orderBy)) return
    const shape = shapeOf(where, orderBy)
    if (this.declared.get(coll)?.has(shape)) return
    const e = new UndeclaredQueryError(coll, shape)
    // Routes answer a thrown error as SYS.INTERNAL: say here what to declare.
    console.error(e.message)
    throw e
  }

  private applySync(op: WriteOp, index: number) {
    if (op.kind === 'insert' && !this.insertSync(op.coll, op.doc)) throw new BatchAbort(index, 'duplicate')
    if (op.kind === 'update' && !this.updateSync(op.coll, op.id, op.set, op.expectVersion)) throw new BatchAbort(index, 'conflict')
    if (op.kind === 'remove') this.removeSync(op.coll, op.id)
  }

  /** Every attempted write counts, even one refused or rolled back: a needless change costs a cache miss, no more. */
  private wrote(coll: CollectionName) {
    this.writesSeen.set(coll, (this.writesSeen.get(coll) ?? 0) + 1)
  }

  private removeSync(coll: CollectionName, id: string): boolean {
    this.wrote(coll)
    return this.sql.run(`DELETE FROM ${t(coll)} WHERE id = ?`, [id]).changes === 1
  }

  private insertSync(coll: CollectionName, doc: NewDoc): boolean {
    this.wrote(coll)
    const { _id, ...rest } = doc
    try {
      this.sql.run(`INSERT INTO ${t(coll)} (id, v, doc) VALUES (?, 1, ?)`, [_id, JSON.stringify({ ...rest, _v: 1 })])
      return true
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return false
      throw e
    }
  }

  private updateSync(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number): boolean {
    this.wrote(coll)
    const { sql, params } = updateSql(known(coll), id, set, expectVersion)
    return this.sql.run(sql, params).changes === 1
  }
}

/** The parsed JSON is ours alone: add the id and version to it rather than copy it. */
function toDoc(row: Row): Doc {
  const doc = JSON.parse(row.doc) as Doc
  doc._id = row.id
  doc._v = row.v
  return doc
}

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
import { fieldExpr, whereSql } from './where-sql'

type Row = { id: string; v: number; doc: string }
/** Time spent inside SQLite itself (statements executed, not prepared): the benchmark's floor. */
export type EngineProfile = { ns: number; statements: number }
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
  private trips = 0
  /** One SQLite transaction: no practical bound. */
  readonly maxBatchOps = 1_000_000
  /** Set by the benchmark to add up the time SQLite spends executing statements. */
  profile: EngineProfile | null = null

  constructor(path: string) {
    this.db = new Database(path)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    this.createSchema()
  }

  get roundTrips() {
    return this.trips
  }

  close() {
    this.db.close()
  }

  async get(coll: CollectionName, id: string) {
    this.trips++
    const row = this.exec('get', `SELECT id, v, doc FROM ${t(coll)} WHERE id = ?`, [id]) as Row | undefined
    return row ? toDoc(row) : null
  }

  async getMany(coll: CollectionName, ids: string[]) {
    if (ids.length > MAX_PAGE) throw new Error(`getMany: at most ${MAX_PAGE} ids`)
    if (ids.length === 0) return []
    return this.find(coll, { where: { _id: { in: ids } }, limit: MAX_PAGE })
  }

  async find(coll: CollectionName, opts: FindOptions) {
    this.trips++
    if (opts.limit < 1 || opts.limit > MAX_PAGE) throw new Error(`find: limit must be 1..${MAX_PAGE}`)
    const { sql, params } = whereSql(opts.where)
    const order = [...(opts.orderBy ?? []).map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`), 'id ASC']
    const select = `SELECT id, v, doc FROM ${t(coll)} ${sql} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`
    const rows = this.exec('all', select, [...params, opts.limit, opts.skip ?? 0]) as Row[]
    return rows.map(toDoc)
  }

  async count(coll: CollectionName, where?: Where) {
    this.trips++
    const { sql, params } = whereSql(where)
    return (this.exec('get', `SELECT COUNT(*) AS n FROM ${t(coll)} ${sql}`, params) as { n: number }).n
  }

  async countBy(coll: CollectionName, field: string, where?: Where) {
    this.trips++
    const { sql, params } = whereSql(where)
    const select = `SELECT ${fieldExpr(field)} AS k, COUNT(*) AS n FROM ${t(coll)} ${sql} GROUP BY k`
    const rows = this.exec('all', select, params) as Array<{ k: unknown; n: number }>
    return Object.fromEntries(rows.map((r) => [String(r.k), r.n]))
  }

  async insert(coll: CollectionName, doc: NewDoc) {
    this.trips++
    return this.insertSync(coll, doc) ? 'ok' : 'duplicate'
  }

  async update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    this.trips++
    return this.transaction(() => this.updateSync(coll, id, set, expectVersion))
  }

  async remove(coll: CollectionName, id: string) {
    this.trips++
    return (this.exec('run', `DELETE FROM ${t(coll)} WHERE id = ?`, [id]) as Database.RunResult).changes === 1
  }

  async batch(ops: WriteOp[]): Promise<BatchResult> {
    this.trips++
    try {
      this.transaction(() => ops.forEach((op, i) => this.applySync(op, i)))
      return { ok: true }
    } catch (e) {
      if (e instanceof BatchAbort) return { ok: false, index: e.index, reason: e.reason }
      throw e
    }
  }

  private applySync(op: WriteOp, index: number) {
    if (op.kind === 'insert' && !this.insertSync(op.coll, op.doc)) throw new BatchAbort(index, 'duplicate')
    if (op.kind === 'update' && !this.updateSync(op.coll, op.id, op.set, op.expectVersion)) throw new BatchAbort(index, 'conflict')
    if (op.kind === 'remove') this.exec('run', `DELETE FROM ${t(op.coll)} WHERE id = ?`, [op.id])
  }

  private insertSync(coll: CollectionName, doc: NewDoc): boolean {
    const { _id, ...rest } = doc
    try {
      this.exec('run', `INSERT INTO ${t(coll)} (id, v, doc) VALUES (?, 1, ?)`, [_id, JSON.stringify({ ...rest, _v: 1 })])
      return true
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return false
      throw e
    }
  }

  private updateSync(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number): boolean {
    const row = this.exec('get', `SELECT id, v, doc FROM ${t(coll)} WHERE id = ?`, [id]) as Row | undefined
    if (!row || (expectVersion !== undefined && row.v !== expectVersion)) return false
    const { _id: _ignoredId, _v: _ignoredV, ...fields } = set
    const next = { ...JSON.parse(row.doc), ...fields, _v: row.v + 1 }
    this.exec('run', `UPDATE ${t(coll)} SET v = ?, doc = ? WHERE id = ?`, [row.v + 1, JSON.stringify(next), id])
    return true
  }

  /** BEGIN … COMMIT (or ROLLBACK on any throw) through exec, so the profile counts the commit too. */
  private transaction<T>(run: () => T): T {
    this.exec('run', 'BEGIN', [])
    try {
      const result = run()
      this.exec('run', 'COMMIT', [])
      return result
    } catch (e) {
      if (this.db.inTransaction) this.exec('run', 'ROLLBACK', [])
      throw e
    }
  }

  private exec(mode: 'get' | 'all' | 'run', sql: string, params: unknown[]): unknown {
    const stmt = this.db.prepare(sql)
    if (!this.profile) return stmt[mode](...params)
    const start = process.hrtime.bigint()
    try {
      return stmt[mode](...params)
    } finally {
      this.profile.ns += Number(process.hrtime.bigint() - start)
      this.profile.statements++
    }
  }

  private createSchema() {
    this.db.transaction(() => {
      for (const name of COLLECTION_NAMES) {
        this.db.exec(`CREATE TABLE IF NOT EXISTS ${t(name)} (id TEXT PRIMARY KEY, v INTEGER NOT NULL, doc TEXT NOT NULL)`)
        for (const idx of COLLECTIONS[name].indexes as ReadonlyArray<{ fields: readonly string[]; unique?: boolean }>) {
          const idxName = `"${name}__${idx.fields.join('_')}"`
          const cols = idx.fields.map(fieldExpr).join(', ')
          this.db.exec(`CREATE ${idx.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${idxName} ON ${t(name)} (${cols})`)
        }
      }
    })()
  }
}

const t = (coll: CollectionName) => {
  if (!Object.hasOwn(COLLECTIONS, coll)) throw new Error(`unknown collection ${coll}`)
  return `"${coll}"`
}

function toDoc(row: Row): Doc {
  return { ...JSON.parse(row.doc), _id: row.id, _v: row.v }
}

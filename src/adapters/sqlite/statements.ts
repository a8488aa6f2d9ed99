// Every statement the engine runs goes through here: prepared once and kept (preparing costs more than
// running most of our queries), timed when the benchmark asks, and wrapped in explicit transactions.
import type Database from 'better-sqlite3'

/** Time spent inside SQLite itself (statements executed, not prepared): the benchmark's floor. */
export type EngineProfile = {
  ns: number
  statements: number
  bySql?: Map<string, { n: number; ns: number }>
  /** The slowest single statement (a commit that checkpoints the log on this thread shows here). */
  slowest?: { ns: number; sql: string }
}

/** Distinct statements kept: every query shape × its in-list lengths fits many times over. */
const MAX_CACHED = 2_000

export class Statements {
  private readonly cache = new Map<string, Database.Statement>()
  /** Set by the benchmark to add up the time SQLite spends executing statements. */
  profile: EngineProfile | null = null

  constructor(private readonly db: Database.Database) {}

  get(sql: string, params: unknown[]): unknown {
    return this.exec('get', sql, params)
  }

  all(sql: string, params: unknown[]): unknown[] {
    return this.exec('all', sql, params) as unknown[]
  }

  run(sql: string, params: unknown[]): Database.RunResult {
    return this.exec('run', sql, params) as Database.RunResult
  }

  /** BEGIN … COMMIT, or ROLLBACK on any throw; through exec, so the profile counts the commit too. */
  transaction<T>(body: () => T): T {
    this.run('BEGIN', [])
    try {
      const result = body()
      this.run('COMMIT', [])
      return result
    } catch (e) {
      if (this.db.inTransaction) this.run('ROLLBACK', [])
      throw e
    }
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.cache.get(sql)
    if (!stmt) {
      // A full cache starts again rather than tracking use: it only fills if in-lists vary a lot.
      if (this.cache.size >= MAX_CACHED) this.cache.clear()
      stmt = this.db.prepare(sql)
      this.cache.set(sql, stmt)
    }
    return stmt
  }

  private exec(mode: 'get' | 'all' | 'run', sql: string, params: unknown[]): unknown {
    const stmt = this.statement(sql)
    if (!this.profile) return stmt[mode](...params)
    const start = process.hrtime.bigint()
    try {
      return stmt[mode](...params)
    } finally {
      const ns = Number(process.hrtime.bigint() - start)
      this.profile.ns += ns
      this.profile.statements++
      if (this.profile.slowest && ns > this.profile.slowest.ns) this.profile.slowest = { ns, sql }
      // Per statement only when the benchmark asks where SQLite's time goes.
      const one = this.profile.bySql && (this.profile.bySql.get(sql) ?? this.profile.bySql.set(sql, { n: 0, ns: 0 }).get(sql)!)
      if (one) {
        one.n++
        one.ns += ns
      }
    }
  }
}

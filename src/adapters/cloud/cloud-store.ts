// The cloud engine: the DocStore port over wx-server-sdk's database (opened with throwOnNotFound: false).
import type { CollectionName } from '../../core/collections'
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
import { checkField, toCloudSet, toCloudWhere, type CloudCommand } from './cloud-where'

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's query builders are untyped chains */
/** The slice of wx-server-sdk's Database this adapter uses. */
export type CloudDb = {
  command: CloudCommand & { aggregate: { sum(v: unknown): unknown } }
  collection(name: string): any
  runTransaction<T>(run: (t: { collection(name: string): any }) => Promise<T>, retries?: number): Promise<T>
}

class BatchAbort extends Error {
  constructor(
    readonly index: number,
    readonly reason: 'duplicate' | 'conflict',
  ) {
    super(reason)
  }
}

/**
 * wx-server-sdk 4.0.2 turns the server's `DATABASE_DUPLICATE_WRITE` into errCode -501001 (SYS_ERR) and
 * keeps only the server's message, so the message is all there is to recognise a duplicate by.
 */
export function isDuplicateError(e: unknown): boolean {
  const text = `${(e as { errMsg?: string })?.errMsg ?? ''} ${(e as Error)?.message ?? ''}`
  return /DUPLICATE_WRITE|DuplicateWrite|E11000|duplicate key/i.test(text)
}

export class CloudStore implements DocStore {
  private trips = 0
  /**
   * A cloud transaction makes ~2 requests per write inside a function that must finish in 60 s:
   * larger batches are refused before they start. A working figure, to confirm on a live env.
   */
  readonly maxBatchOps = 500

  constructor(private readonly db: CloudDb) {}

  /** SDK requests made so far (a batch costs start + reads + writes + commit). */
  get roundTrips() {
    return this.trips
  }

  private get _() {
    return this.db.command
  }

  async get(coll: CollectionName, id: string) {
    this.trips++
    const res = await this.db.collection(coll).doc(id).get()
    return (res.data as Doc | null) ?? null
  }

  async getMany(coll: CollectionName, ids: string[], fields?: readonly string[]) {
    if (ids.length > MAX_PAGE) throw new Error(`getMany: at most ${MAX_PAGE} ids`)
    if (ids.length === 0) return []
    return this.find(coll, { where: { _id: { in: ids } }, limit: MAX_PAGE, ...(fields ? { fields } : {}) })
  }

  async find(coll: CollectionName, opts: FindOptions) {
    if (opts.limit < 1 || opts.limit > MAX_PAGE) throw new Error(`find: limit must be 1..${MAX_PAGE}`)
    let q = this.db.collection(coll).where(toCloudWhere(opts.where, this._))
    const order = opts.orderBy ?? []
    for (const [field, dir] of order) q = q.orderBy(checkField(field), dir)
    // Ties in the caller's order broken by _id, so pages stay stable; no order where none was asked
    // (sorting by _id would make the database walk the _id index instead of the filter's index).
    if (order.length && !order.some(([f]) => f === '_id')) q = q.orderBy('_id', 'asc')
    if (opts.skip) q = q.skip(opts.skip)
    // The database always returns `_id`; `_v` is asked for with the caller's fields.
    if (opts.fields) q = q.field(Object.fromEntries([...opts.fields, '_v'].map((f) => [checkField(f), true])))
    this.trips++
    const res = await q.limit(opts.limit).get()
    return res.data as Doc[]
  }

  async count(coll: CollectionName, where?: Where) {
    this.trips++
    const res = await this.db.collection(coll).where(toCloudWhere(where, this._)).count()
    return res.total as number
  }

  async countBy(coll: CollectionName, field: string, where?: Where) {
    let agg = this.db.collection(coll).aggregate()
    if (where && Object.keys(where).length) agg = agg.match(toCloudWhere(where, this._))
    agg = agg.group({ _id: `$${checkField(field)}`, n: this._.aggregate.sum(1) })
    this.trips++
    // wx-server-sdk answers aggregates as { list } (not { data }); without limit() only 20 rows come back.
    const res = await agg.limit(1000).end()
    return Object.fromEntries((res.list as Array<{ _id: unknown; n: number }>).map((r) => [String(r._id), r.n]))
  }

  async insert(coll: CollectionName, doc: NewDoc) {
    this.trips++
    try {
      await this.db.collection(coll).add({ data: { ...doc, _v: 1 } })
      return 'ok' as const
    } catch (e) {
      if (isDuplicateError(e)) return 'duplicate' as const
      throw e
    }
  }

  async update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    this.trips++
    const where = expectVersion === undefined ? { _id: id } : { _id: id, _v: expectVersion }
    const data = { ...toCloudSet(set, this._), _v: this._.inc(1) }
    // A where() that matches nothing still succeeds: only stats.updated tells a stale version apart.
    const res = await this.db.collection(coll).where(where).update({ data, multi: false })
    return res.stats.updated === 1
  }

  async remove(coll: CollectionName, id: string) {
    this.trips++
    const res = await this.db.collection(coll).doc(id).remove()
    return res.stats.removed === 1
  }

  async batch(ops: WriteOp[]): Promise<BatchResult> {
    try {
      // Throwing inside runTransaction makes the SDK roll back, then rethrow our BatchAbort.
      await this.db.runTransaction(async (t) => {
        this.trips += 2 // start + commit
        for (const [index, op] of ops.entries()) await this.applyInTransaction(t, op, index)
      })
      return { ok: true }
    } catch (e) {
      if (e instanceof BatchAbort) return { ok: false, index: e.index, reason: e.reason }
      throw e
    }
  }

  private async applyInTransaction(t: { collection(name: string): any }, op: WriteOp, index: number) {
    const coll = t.collection(op.coll)
    if (op.kind === 'insert') {
      this.trips++
      try {
        await coll.add({ data: { ...op.doc, _v: 1 } })
      } catch (e) {
        if (isDuplicateError(e)) throw new BatchAbort(index, 'duplicate')
        throw e
      }
      return
    }
    if (op.kind === 'remove') {
      this.trips++
      await coll.doc(op.id).remove()
      return
    }
    // Transactions work by id only: read the version inside the transaction, then write.
    this.trips += 2
    const current = (await coll.doc(op.id).get()).data as Doc | null
    if (!current || (op.expectVersion !== undefined && current._v !== op.expectVersion)) throw new BatchAbort(index, 'conflict')
    await coll.doc(op.id).update({ data: { ...toCloudSet(op.set, this._), _v: this._.inc(1) } })
  }
}

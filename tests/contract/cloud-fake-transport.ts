// An in-process cloud database behind wx-server-sdk 4.0.2's own request function.
//
// The hook: @cloudbase/node-sdk/dist/utils/tcbapirequester.js exports `request(args)`, which every
// database call of the SDK reaches (Db.reqClass = TcbDBApiHttpRequester → tcbapicaller.request). We
// replace that export, decode the real serialized request (EJSON query/order/update/stages), evaluate
// it with mingo over in-memory collections and answer with the server's body shapes; error bodies go
// through the SDK's own processReturn, as the real request() does. The HTTP layer below is disabled.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { EJSON } from 'bson'
import { aggregate, find, update } from 'mingo'
import { COLLECTIONS } from '../../src/core/collections'

type AnyDoc = Record<string, any>
type Stored = { doc: AnyDoc; rev: number }
type Tx = { writes: Map<string, AnyDoc | null>; seen: Map<string, number> }
type Body = Record<string, any>

export const SDK_PINS = { 'wx-server-sdk': '4.0.2', '@cloudbase/node-sdk': '3.17.2', '@cloudbase/database': '1.4.3' }
const REQUESTER = '@cloudbase/node-sdk/dist/utils/tcbapirequester'
const UTILS = '@cloudbase/node-sdk/dist/utils/utils'

export class FakeCloudDatabase {
  private colls = new Map<string, Map<string, Stored>>()
  private txs = new Map<string, Tx>()
  private rev = 0
  private txSeq = 0
  /** Every request the SDK sent: action + decoded parameters (for tests of the wire format). */
  readonly log: Array<{ action: string; params: AnyDoc }> = []

  reset() {
    this.colls.clear()
    this.txs.clear()
    this.log.length = 0
  }

  handle(params: AnyDoc): Body {
    const { action, ...rest } = params
    this.log.push({ action, params: rest })
    const handler = (this as any)[HANDLERS[action] ?? ''] as ((p: AnyDoc) => Body) | undefined
    if (!handler) return fail('SYS_ERR', `fake transport: unsupported action ${action}`)
    return { requestId: `fake-${this.log.length}`, ...handler.call(this, rest) }
  }

  // ---- actions -------------------------------------------------------------------------------
  getDocument(p: AnyDoc): Body {
    const tx = this.tx(p)
    if (tx && p.queryType !== 'DOC') return fail('DATABASE_REQUEST_FAILED', 'transactions support single documents by id only')
    const projection = p.projection ? (parse(p.projection) as AnyDoc) : undefined
    let cursor = find(this.visible(p.collectionName, tx), parse(p.query) ?? {}, projection)
    if (p.order) cursor = cursor.sort(parse(p.order))
    if (p.offset) cursor = cursor.skip(p.offset)
    const docs = cursor.limit(p.limit ?? 100).all() as AnyDoc[]
    if (tx) docs.forEach((d) => this.remember(tx, p.collectionName, d._id))
    return { data: { list: docs.map(stringify) }, limit: p.limit ?? 100, offset: p.offset ?? 0 }
  }

  calculateDocument(p: AnyDoc): Body {
    return { data: { total: find(this.visible(p.collectionName, null), parse(p.query) ?? {}).all().length } }
  }

  aggregateDocuments(p: AnyDoc): Body {
    const pipeline = (p.stages as Array<{ stageKey: string; stageValue: string }>).map((s) => ({ [s.stageKey]: parse(s.stageValue) }))
    return { data: { list: aggregate(this.visible(p.collectionName, null), pipeline).map(stringify) } }
  }

  insertDocument(p: AnyDoc): Body {
    const tx = this.tx(p)
    const docs = (p.data as string[]).map((s) => parse(s) as AnyDoc)
    for (const doc of docs) {
      doc._id ??= `auto${++this.rev}`
      const clash = this.clash(p.collectionName, doc, tx)
      if (clash)
        return fail('DATABASE_DUPLICATE_WRITE', `E11000 duplicate key error collection: ${p.collectionName} index: ${clash} dup key`)
      this.write(p.collectionName, doc._id, doc, tx)
    }
    return { data: { insertedIds: docs.map((d) => d._id) } }
  }

  modifyDocument(p: AnyDoc): Body {
    const tx = this.tx(p)
    const modifier = parse(p.data) as AnyDoc
    if (!Object.keys(modifier).every((k) => k.startsWith('$')))
      return fail('DATABASE_REQUEST_FAILED', 'fake transport: replace-style update not modelled')
    const matches = this.matching(p, tx)
    for (const doc of matches) {
      const next = structuredClone(doc)
      update(next, modifier)
      this.write(p.collectionName, doc._id, next, tx)
    }
    return { data: { updated: matches.length, upsert_id: null } }
  }

  removeDocument(p: AnyDoc): Body {
    const tx = this.tx(p)
    const matches = this.matching(p, tx)
    for (const doc of matches) this.write(p.collectionName, doc._id, null, tx)
    return { data: { deleted: matches.length } }
  }

  startTransaction(): Body {
    const id = `tx${++this.txSeq}`
    this.txs.set(id, { writes: new Map(), seen: new Map() })
    return { transactionId: id }
  }

  commitTransaction(p: AnyDoc): Body {
    const tx = this.txs.get(p.transactionId)
    if (!tx) return fail('DATABASE_TRANSACTION_FAIL', 'transaction not found')
    this.txs.delete(p.transactionId)
    // Optimistic isolation: anything this transaction read or wrote must be unchanged since.
    for (const [key, rev] of tx.seen) if (this.revOf(key) !== rev) return fail('DATABASE_TRANSACTION_CONFLICT', 'write conflict')
    for (const [key, doc] of tx.writes) this.apply(key, doc)
    return {}
  }

  abortTransaction(p: AnyDoc): Body {
    this.txs.delete(p.transactionId)
    return {}
  }

  // ---- storage ------------------------------------------------------------------------------
  private coll(name: string) {
    if (!this.colls.has(name)) this.colls.set(name, new Map())
    return this.colls.get(name)!
  }

  private tx(p: AnyDoc): Tx | null {
    if (!p.transactionId) return null
    const tx = this.txs.get(p.transactionId)
    if (!tx) throw new Error(`fake transport: unknown transaction ${p.transactionId}`)
    return tx
  }

  private visible(name: string, tx: Tx | null): AnyDoc[] {
    const base = new Map([...this.coll(name)].map(([id, s]) => [id, s.doc]))
    for (const [key, doc] of tx?.writes ?? []) {
      const [c, id] = splitKey(key)
      if (c !== name) continue
      if (doc) base.set(id, doc)
      else base.delete(id)
    }
    return [...base.values()].map((d) => structuredClone(d))
  }

  private matching(p: AnyDoc, tx: Tx | null): AnyDoc[] {
    const all = find(this.visible(p.collectionName, tx), parse(p.query) ?? {}).all() as AnyDoc[]
    return p.multi === false ? all.slice(0, 1) : all
  }

  /** The _id index, and the unique indexes the set-up script creates from collections.ts. */
  private clash(name: string, doc: AnyDoc, tx: Tx | null): string | null {
    const others = this.visible(name, tx)
    if (others.some((d) => d._id === doc._id)) return '_id_'
    const specs = (COLLECTIONS as Record<string, { indexes: ReadonlyArray<{ fields: readonly string[]; unique?: boolean }> }>)[name]
    for (const idx of specs?.indexes ?? []) {
      if (idx.unique && others.some((d) => idx.fields.every((f) => d[f] === doc[f]))) return idx.fields.join('_')
    }
    return null
  }

  private write(name: string, id: string, doc: AnyDoc | null, tx: Tx | null) {
    const key = `${name}\u0000${id}`
    if (!tx) return this.apply(key, doc)
    this.remember(tx, name, id)
    tx.writes.set(key, doc)
  }

  private remember(tx: Tx, name: string, id: string) {
    const key = `${name}\u0000${id}`
    if (!tx.seen.has(key)) tx.seen.set(key, this.revOf(key))
  }

  private revOf(key: string): number {
    const [c, id] = splitKey(key)
    return this.coll(c).get(id)?.rev ?? -1
  }

  private apply(key: string, doc: AnyDoc | null) {
    const [c, id] = splitKey(key)
    if (doc) this.coll(c).set(id, { doc: structuredClone(doc), rev: ++this.rev })
    else this.coll(c).delete(id)
  }
}

const HANDLERS: Record<string, string> = Object.fromEntries(
  [
    'getDocument',
    'calculateDocument',
    'aggregateDocuments',
    'insertDocument',
    'modifyDocument',
    'removeDocument',
    'startTransaction',
    'commitTransaction',
    'abortTransaction',
  ].map((a) => [`database.${a}`, a]),
)

const parse = (s: string | undefined): any => (s === undefined ? undefined : EJSON.parse(s, { relaxed: true }))
const stringify = (d: AnyDoc) => EJSON.stringify(d, { relaxed: false })
const fail = (code: string, message: string): Body => ({ code, message, requestId: 'fake-error' })
const splitKey = (key: string) => key.split('\u0000') as [string, string]

/**
 * Route the SDK's database requests into `fake` and cut the HTTP layer off, so nothing can reach the
 * network (a real call raises an unhandled rejection that kills Node 20). Returns the undo function.
 */
export function installFakeTransport(fake: FakeCloudDatabase): () => void {
  const requester = require(REQUESTER)
  const { processReturn } = require(UTILS)
  const original = requester.request
  const originalHttp = requester.TcbApiHttpRequester.prototype.request
  requester.request = async (args: { params: AnyDoc }) => {
    const body = fake.handle(args.params)
    // What the real request() does with an error body: throw a TcbError { code, message }.
    return body.code ? processReturn(body) : body
  }
  requester.TcbApiHttpRequester.prototype.request = () => {
    throw new Error('fake transport: a request bypassed the fake (network is disabled in tests)')
  }
  return () => {
    requester.request = original
    requester.TcbApiHttpRequester.prototype.request = originalHttp
  }
}

export function installedVersions(): Record<string, string> {
  return Object.fromEntries(Object.keys(SDK_PINS).map((name) => [name, require(`${name}/package.json`).version]))
}

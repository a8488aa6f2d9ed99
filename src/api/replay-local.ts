// Request claims on an engine one process owns (the local server; a DocStore with a write stamp). A
// claim committed on its own costs a commit per write request, and commits cost more than most of our
// statements. Here the claim is held in memory while the handler reads, which every copy of the request
// reaching this process sees (they wait, as for a stored claim), and is inserted in the same
// all-or-nothing batch as the handler's first write: the writes exist only with the claim, so a copy in
// another process, or one that took over a stale claim, can never apply them twice. The cloud, where
// copies run in separate instances, claims first in a commit of its own (see replay.ts).
import type { BatchResult, DocStore, FindOptions, NewDoc, Where, WriteOp } from '../core/ports/doc-store'
import type { CollectionName } from '../core/collections'
import { batchGrouped } from './grouped-writes'

type Held = { at: string; inputHash: string }

/** Claims held by handlers running in this process. Keys carry the user and the client's request id. */
const held = new Map<string, Held>()

export const heldClaim = (key: string): Held | undefined => held.get(key)

/** Hold `key` for this process's copy; `release` lets it go (only if it is still this copy's hold). */
export function holdClaim(key: string, claim: Held): { release(): void } {
  held.set(key, claim)
  return { release: () => void (held.get(key) === claim && held.delete(key)) }
}

/** The handler's first write found the claim already stored: another copy ran it. */
class ClaimTaken extends Error {}

/**
 * The store a handler writes through: its first write also inserts the request's claim. Reads pass
 * straight through. `claimed` once a write committed; `lost` when another copy's claim was there first.
 */
export class ClaimingStore implements DocStore {
  claimed = false
  lost = false
  private first: Promise<unknown> | null = null

  constructor(
    readonly base: DocStore,
    private readonly claim: NewDoc,
  ) {}

  get roundTrips() {
    return this.base.roundTrips
  }
  /** One operation of every batch is the claim's, until it is written. */
  get maxBatchOps() {
    return this.base.maxBatchOps - 1
  }
  get writeStamp() {
    return this.base.writeStamp?.bind(this.base)
  }

  get = (coll: CollectionName, id: string) => this.base.get(coll, id)
  getMany = (coll: CollectionName, ids: string[]) => this.base.getMany(coll, ids)
  find = (coll: CollectionName, opts: FindOptions) => this.base.find(coll, opts)
  count = (coll: CollectionName, where?: Where) => this.base.count(coll, where)
  countBy = (coll: CollectionName, field: string, where?: Where) => this.base.countBy(coll, field, where)

  async insert(coll: CollectionName, doc: NewDoc) {
    return (await this.write([{ kind: 'insert', coll, doc }])).ok ? 'ok' : 'duplicate'
  }
  async update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    const op: WriteOp = expectVersion === undefined ? { kind: 'update', coll, id, set } : { kind: 'update', coll, id, set, expectVersion }
    return (await this.write([op])).ok
  }
  /** A removal says whether the document was there, which a batch does not: the claim goes first, alone. */
  async remove(coll: CollectionName, id: string) {
    await this.write([])
    return this.base.remove(coll, id)
  }
  batch(ops: WriteOp[]) {
    return this.write(ops)
  }

  private async write(ops: WriteOp[]): Promise<BatchResult> {
    // Writes started together: the first carries the claim, the others wait for it to land.
    while (!this.claimed && this.first) await this.first.catch(() => undefined)
    // Requests arriving together share a commit (see grouped-writes.ts); each still all or nothing.
    if (this.claimed) return batchGrouped(this.base, ops)
    const attempt = batchGrouped(this.base, [{ kind: 'insert', coll: 'requests', doc: this.claim }, ...ops])
    this.first = attempt
    const result = await attempt.finally(() => (this.first = null))
    if (result.ok) this.claimed = true
    if (result.ok) return result
    if (result.index === 0) {
      this.lost = true
      throw new ClaimTaken('request claimed by another copy')
    }
    return { ...result, index: result.index - 1 }
  }
}

/** Caches keyed by store see one store through every request's ClaimingStore. */
export const cacheKeyOf = (store: DocStore): DocStore => (store instanceof ClaimingStore ? store.base : store)

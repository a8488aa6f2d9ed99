// A DocStore decorator over any adapter: seals sensitive fields on the way in, opens them on the way
// out, turns equality lookups on indexed sealed fields into blind-index lookups, and refuses edits of
// append-only collections. Adapters never see a plaintext phone, address or family category.
// A stored value that is not sealed for its place (plaintext, moved, tampered) fails the read loudly.
import { APPEND_ONLY, SEALED_FIELDS, type CollectionName } from '../../core/collections'
import type { Condition, Doc, DocStore, FindOptions, NewDoc, Where, WriteOp } from '../../core/ports/doc-store'
import type { FieldCipher } from './field-cipher'

export class SealedStore implements DocStore {
  constructor(
    private readonly inner: DocStore,
    private readonly cipher: FieldCipher,
  ) {}

  get roundTrips() {
    return this.inner.roundTrips
  }

  get maxBatchOps() {
    return this.inner.maxBatchOps
  }

  get writeStamp() {
    return this.inner.writeStamp?.bind(this.inner)
  }

  async get(coll: CollectionName, id: string) {
    const doc = await this.inner.get(coll, id)
    return doc && this.openDoc(coll, doc)
  }
  async getMany(coll: CollectionName, ids: string[], fields?: readonly string[]) {
    return (await this.inner.getMany(coll, ids, fields)).map((d) => this.openDoc(coll, d))
  }
  async find(coll: CollectionName, opts: FindOptions) {
    return (await this.inner.find(coll, { ...opts, where: this.where(coll, opts.where) })).map((d) => this.openDoc(coll, d))
  }
  count(coll: CollectionName, where?: Where) {
    return this.inner.count(coll, this.where(coll, where))
  }
  countBy(coll: CollectionName, field: string, where?: Where) {
    if (SEALED_FIELDS[coll]?.[field]) throw new Error(`cannot group by sealed field ${coll}.${field}`)
    return this.inner.countBy(coll, field, this.where(coll, where))
  }
  insert(coll: CollectionName, doc: NewDoc) {
    return this.inner.insert(coll, this.sealFields(coll, doc._id, doc))
  }
  async update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    guardAppendOnly(coll)
    return this.inner.update(coll, id, this.sealFields(coll, id, set), expectVersion)
  }
  async remove(coll: CollectionName, id: string) {
    guardAppendOnly(coll)
    return this.inner.remove(coll, id)
  }
  async batch(ops: WriteOp[]) {
    return this.inner.batch(
      ops.map((op) => {
        if (op.kind !== 'insert') guardAppendOnly(op.coll)
        if (op.kind === 'insert') return { ...op, doc: this.sealFields(op.coll, op.doc._id, op.doc) }
        if (op.kind === 'update') return { ...op, set: this.sealFields(op.coll, op.id, op.set) }
        return op
      }),
    )
  }

  private sealFields<T extends Record<string, unknown>>(coll: CollectionName, id: string, doc: T): T {
    const sealed = SEALED_FIELDS[coll]
    if (!sealed) return doc
    const out: Record<string, unknown> = { ...doc }
    for (const [field, spec] of Object.entries(sealed)) {
      if (!(field in doc) || doc[field] === undefined) continue
      const value = doc[field]
      out[field] = value === null ? null : this.cipher.seal(value, { coll, id, field })
      // A cleared field clears its hash too: the old value must stop finding the document.
      if (spec.index) out[`${field}Hash`] = value === null ? null : this.cipher.blindIndex(String(value))
    }
    return out as T
  }

  /** Opened in place: every engine hands back documents of the caller's own (see DocStore), so no copy. */
  private openDoc(coll: CollectionName, doc: Doc): Doc {
    const sealed = SEALED_FIELDS[coll]
    if (!sealed) return doc
    for (const [field, spec] of Object.entries(sealed)) {
      if (field in doc) doc[field] = this.cipher.open(doc[field], { coll, id: doc._id, field })
      if (spec.index) delete doc[`${field}Hash`]
    }
    return doc
  }

  /**
   * Blind-index lookups across a key rotation. The index key is derived from the data key and rotates
   * with it, because a hash of an 11-digit phone under a leaked key gives the phone back by brute force:
   * keeping one index key forever would keep that leak open. So the rotation recomputes every hash, and
   * until it is done (or if it crashed half way) a lookup asks for the hash under every key of the ring.
   * After the rotation, dropping the old keys brings lookups back to a single hash.
   */
  private hashCondition(value: unknown): Condition {
    const hashes = this.cipher.blindIndexes(String(value))
    return hashes.length === 1 ? hashes[0]! : { in: hashes }
  }

  private where(coll: CollectionName, where: Where | undefined): Where | undefined {
    const sealed = SEALED_FIELDS[coll]
    if (!sealed || !where) return where
    const out: Where = {}
    for (const [field, cond] of Object.entries(where)) {
      const spec = sealed[field]
      if (!spec) out[field] = cond
      else if (spec.index && typeof cond === 'string') out[`${field}Hash`] = this.hashCondition(cond)
      else if (spec.index && cond && typeof cond === 'object' && 'in' in cond) {
        out[`${field}Hash`] = { in: cond.in.flatMap((v) => this.cipher.blindIndexes(String(v))) }
      } else throw new Error(`cannot query sealed field ${coll}.${field} this way`)
    }
    return out
  }
}

function guardAppendOnly(coll: CollectionName) {
  if ((APPEND_ONLY as readonly string[]).includes(coll)) throw new Error(`${coll} is append-only`)
}

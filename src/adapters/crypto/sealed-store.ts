// A DocStore decorator over any adapter: seals sensitive fields on the way in, opens them on the way
// out, turns equality lookups on indexed sealed fields into blind-index lookups, and refuses edits of
// append-only collections. Adapters never see a plaintext phone, address or family category.
import { APPEND_ONLY, SEALED_FIELDS, type CollectionName } from '../../core/collections'
import type { Doc, DocStore, FindOptions, NewDoc, Where, WriteOp } from '../../core/ports/doc-store'
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

  async get(coll: CollectionName, id: string) {
    const doc = await this.inner.get(coll, id)
    return doc && this.openDoc(coll, doc)
  }
  async getMany(coll: CollectionName, ids: string[]) {
    return (await this.inner.getMany(coll, ids)).map((d) => this.openDoc(coll, d))
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
    return this.inner.insert(coll, this.sealFields(coll, doc))
  }
  async update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    guardAppendOnly(coll)
    return this.inner.update(coll, id, this.sealFields(coll, set), expectVersion)
  }
  async remove(coll: CollectionName, id: string) {
    guardAppendOnly(coll)
    return this.inner.remove(coll, id)
  }
  async batch(ops: WriteOp[]) {
    return this.inner.batch(
      ops.map((op) => {
        if (op.kind !== 'insert') guardAppendOnly(op.coll)
        if (op.kind === 'insert') return { ...op, doc: this.sealFields(op.coll, op.doc) }
        if (op.kind === 'update') return { ...op, set: this.sealFields(op.coll, op.set) }
        return op
      }),
    )
  }

  private sealFields<T extends Record<string, unknown>>(coll: CollectionName, doc: T): T {
    const sealed = SEALED_FIELDS[coll]
    if (!sealed) return doc
    const out: Record<string, unknown> = { ...doc }
    for (const [field, spec] of Object.entries(sealed)) {
      if (!(field in doc) || doc[field] === null) continue
      out[field] = this.cipher.seal(doc[field])
      if (spec.index) out[`${field}Hash`] = this.cipher.blindIndex(String(doc[field]))
    }
    return out as T
  }

  private openDoc(coll: CollectionName, doc: Doc): Doc {
    const sealed = SEALED_FIELDS[coll]
    if (!sealed) return doc
    const out: Doc = { ...doc }
    for (const [field, spec] of Object.entries(sealed)) {
      if (field in out) out[field] = this.cipher.open(out[field])
      if (spec.index) delete out[`${field}Hash`]
    }
    return out
  }

  private where(coll: CollectionName, where: Where | undefined): Where | undefined {
    const sealed = SEALED_FIELDS[coll]
    if (!sealed || !where) return where
    const out: Where = {}
    for (const [field, cond] of Object.entries(where)) {
      const spec = sealed[field]
      if (!spec) out[field] = cond
      else if (spec.index && typeof cond === 'string') out[`${field}Hash`] = this.cipher.blindIndex(cond)
      else if (spec.index && cond && typeof cond === 'object' && 'in' in cond) {
        out[`${field}Hash`] = { in: cond.in.map((v) => this.cipher.blindIndex(String(v))) }
      } else throw new Error(`cannot query sealed field ${coll}.${field} this way`)
    }
    return out
  }
}

function guardAppendOnly(coll: CollectionName) {
  if ((APPEND_ONLY as readonly string[]).includes(coll)) throw new Error(`${coll} is append-only`)
}

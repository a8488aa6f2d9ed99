// Typed write operations: the document or the fields set are checked against the collection's
// schema at compile time, so a misspelt field or a wrong value type fails the build.
import type { CollectionName, DocOf } from '../collections'
import type { NewDoc, WriteOp } from './doc-store'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A document as inserted: every field but the version, which the store sets. */
export type NewDocOf<C extends CollectionName> = DistributiveOmit<DocOf<C>, '_v'>
/** The top-level fields an update may set (a shallow `$set`). */
export type SetOf<C extends CollectionName> = Partial<DistributiveOmit<DocOf<C>, '_id' | '_v'>>

export const writes = {
  insert: <C extends CollectionName>(coll: C, doc: NewDocOf<C>): WriteOp => ({ kind: 'insert', coll, doc: doc as NewDoc }),
  update: <C extends CollectionName>(coll: C, id: string, set: SetOf<C>, expectVersion?: number): WriteOp =>
    expectVersion === undefined ? { kind: 'update', coll, id, set } : { kind: 'update', coll, id, set, expectVersion },
  remove: (coll: CollectionName, id: string): WriteOp => ({ kind: 'remove', coll, id }),
}

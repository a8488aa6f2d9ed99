import type { z } from 'zod'
import type { CollectionName } from '../collections'
import type { Doc, DocStore, FindOptions, Where } from './doc-store'

/** A stored document that fails its schema is a bug or corruption, never a user error: throw. */
export class CorruptDocumentError extends Error {
  constructor(coll: string, id: string, issues: string) {
    super(`corrupt document ${coll}/${id}: ${issues}`)
  }
}

export function parseDoc<S extends z.ZodType>(coll: string, schema: S, doc: Doc): z.infer<S> {
  const parsed = schema.safeParse(doc)
  if (!parsed.success) {
    throw new CorruptDocumentError(coll, doc._id, parsed.error.issues.map((i) => i.path.join('.')).join(','))
  }
  return parsed.data
}

export type TypedRepo<T> = {
  get(id: string): Promise<T | null>
  getMany(ids: string[]): Promise<T[]>
  find(opts: FindOptions): Promise<T[]>
  count(where?: Where): Promise<number>
}

/** Read side of a collection, every document validated on the way out. */
export function typedRepo<S extends z.ZodType>(store: DocStore, coll: CollectionName, schema: S): TypedRepo<z.infer<S>> {
  const parse = (d: Doc) => parseDoc(coll, schema, d)
  return {
    get: async (id) => {
      const d = await store.get(coll, id)
      return d ? parse(d) : null
    },
    getMany: async (ids) => (ids.length ? (await store.getMany(coll, ids)).map(parse) : []),
    find: async (opts) => (await store.find(coll, opts)).map(parse),
    count: (where) => store.count(coll, where),
  }
}

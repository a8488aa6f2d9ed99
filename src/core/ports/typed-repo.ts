import type { z } from 'zod'
import type { CollectionName } from '../collections'
import { MAX_PAGE, type Doc, type DocStore, type FindOptions, type NewDoc, type Where } from './doc-store'

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

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export type TypedRepo<T> = {
  get(id: string): Promise<T | null>
  getMany(ids: string[]): Promise<T[]>
  find(opts: FindOptions): Promise<T[]>
  count(where?: Where): Promise<number>
  /** 'duplicate' when the id exists. */
  insert(doc: DistributiveOmit<T, '_v'>): Promise<'ok' | 'duplicate'>
  /** Shallow `$set`; with expectVersion a compare-and-set (false when the version moved on). */
  update(id: string, set: Partial<DistributiveOmit<T, '_id' | '_v'>>, expectVersion?: number): Promise<boolean>
}

/** A collection, every document validated on the way out and every write typed by its schema. */
export function typedRepo<S extends z.ZodType<{ _id: string; _v: number }>>(
  store: DocStore,
  coll: CollectionName,
  schema: S,
): TypedRepo<z.infer<S>> {
  const parse = (d: Doc) => parseDoc(coll, schema, d)
  return {
    insert: (doc) => store.insert(coll, doc as NewDoc),
    update: (id, set, expectVersion) => store.update(coll, id, set as Record<string, unknown>, expectVersion),
    get: async (id) => {
      const d = await store.get(coll, id)
      return d ? parse(d) : null
    },
    getMany: async (ids) => (ids.length ? (await store.getMany(coll, ids)).map(parse) : []),
    find: async (opts) => (await store.find(coll, opts)).map(parse),
    count: (where) => store.count(coll, where),
  }
}

/**
 * Every document matching `where`, validated: one count, then all pages in parallel. For jobs that
 * must see a whole set (an import, the dev sign-in list), never for per-request paths.
 */
export async function readAll<S extends z.ZodType>(
  store: DocStore,
  coll: CollectionName,
  schema: S,
  where?: Where,
): Promise<Array<z.infer<S>>> {
  const total = await store.count(coll, where)
  const pages = Array.from({ length: Math.ceil(total / MAX_PAGE) }, (_, i) =>
    store.find(coll, { where, orderBy: [['_id', 'asc']], limit: MAX_PAGE, skip: i * MAX_PAGE }),
  )
  return (await Promise.all(pages)).flat().map((d) => parseDoc(coll, schema, d))
}

// Typed access per collection, for routes: one repository per entry of the collection registry.
import { COLLECTION_NAMES, SCHEMAS, type CollectionName, type DocOf } from '../core/collections'
import { ClassInvitePointerSchema, type ClassInvitePointer } from '../core/model/system.schema'
import type { DocStore } from '../core/ports/doc-store'
import { typedRepo, type TypedRepo } from '../core/ports/typed-repo'

type Repos = { [C in CollectionName]: TypedRepo<DocOf<C>> } & {
  /** Short names kept for routes written before the registry. */
  sensitive: TypedRepo<DocOf<'family_sensitive'>>
  audit: TypedRepo<DocOf<'audit_log'>>
  /** The `locks` documents that point at a class's standing invite code. */
  classInvitePointers: TypedRepo<ClassInvitePointer>
  familyClaims: TypedRepo<DocOf<'claims'>>
}

const cache = new WeakMap<DocStore, Repos>()

export function repos(store: DocStore): Repos {
  const known = cache.get(store)
  if (known) return known
  const all = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, typedRepo(store, c, SCHEMAS[c])])) as {
    [C in CollectionName]: TypedRepo<DocOf<C>>
  }
  const made: Repos = {
    ...all,
    sensitive: all.family_sensitive,
    audit: all.audit_log,
    classInvitePointers: typedRepo(store, 'locks', ClassInvitePointerSchema),
    familyClaims: all.claims,
  }
  cache.set(store, made)
  return made
}

/** Contact documents are keyed by their owner: `ct-<staffId>` / `ct-<guardianId>`. */
export { contactId } from '../core/model/people.schema'

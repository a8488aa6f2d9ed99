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

/** Short names kept for routes written before the registry. */
const ALIASES = { sensitive: 'family_sensitive', audit: 'audit_log', familyClaims: 'claims' } as const

/**
 * Each repository is made the first time a route asks for it: a write request gets a store of its own
 * (see replay-local.ts), and making all of them for every request cost more than the reads it serves.
 */
class LazyRepos {
  constructor(readonly store: DocStore) {}
}
const made = (self: LazyRepos, name: string, repo: unknown) => (Object.defineProperty(self, name, { value: repo }), repo)
for (const c of COLLECTION_NAMES) {
  Object.defineProperty(LazyRepos.prototype, c, {
    get(this: LazyRepos) {
      return made(this, c, typedRepo(this.store, c, SCHEMAS[c]))
    },
  })
}
for (const [alias, c] of Object.entries(ALIASES)) {
  Object.defineProperty(LazyRepos.prototype, alias, {
    get(this: LazyRepos) {
      return made(this, alias, (this as unknown as Record<string, unknown>)[c])
    },
  })
}
Object.defineProperty(LazyRepos.prototype, 'classInvitePointers', {
  get(this: LazyRepos) {
    return made(this, 'classInvitePointers', typedRepo(this.store, 'locks', ClassInvitePointerSchema))
  },
})

export function repos(store: DocStore): Repos {
  const known = cache.get(store)
  if (known) return known
  const fresh = new LazyRepos(store) as unknown as Repos
  cache.set(store, fresh)
  return fresh
}

/** Contact documents are keyed by their owner: `ct-<staffId>` / `ct-<guardianId>`. */
export { contactId } from '../core/model/people.schema'

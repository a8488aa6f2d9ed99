// A store whose single writes (insert, update) to one collection fail, as on a full disk or a dropped
// connection, while everything else goes through: to leave a request half done, as a crash would.
import type { CollectionName } from '../../src/core/collections'
import type { DocStore } from '../../src/core/ports/doc-store'

export function failingWritesTo(store: DocStore, failing: CollectionName): DocStore {
  return new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      if (prop !== 'update' && prop !== 'insert') return value.bind(target)
      return async (coll: string, ...rest: unknown[]) => {
        if (coll === failing) throw new Error('write failed')
        return value.call(target, coll, ...rest)
      }
    },
  })
}

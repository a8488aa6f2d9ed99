// Sensitive reads record their audit entry before answering. Committing costs more than the insert
// itself, so entries from requests that reach this point together (the same turn of the event loop)
// are committed in one transaction. Each request still waits for the commit holding its own entry:
// no data leaves before its read is on record.
import type { DocStore } from '../core/ports/doc-store'
import type { NewDocOf } from '../core/ports/writes'

type Entry = NewDocOf<'audit_log'>
type Waiting = { doc: Entry; resolve: () => void; reject: (e: unknown) => void }

const queues = new WeakMap<DocStore, Waiting[]>()

/** Resolves once `doc` is committed to the audit log; rejects if it cannot be. */
export function recordAudit(store: DocStore, doc: Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(store)
    if (!queue) {
      queue = []
      queues.set(store, queue)
      setImmediate(() => void flush(store))
    }
    queue.push({ doc, resolve, reject })
  })
}

async function flush(store: DocStore) {
  const queue = queues.get(store) ?? []
  queues.delete(store)
  for (let i = 0; i < queue.length; i += store.maxBatchOps) {
    const group = queue.slice(i, i + store.maxBatchOps)
    try {
      await commit(store, group)
      group.forEach((w) => w.resolve())
    } catch (e) {
      group.forEach((w) => w.reject(e))
    }
  }
}

async function commit(store: DocStore, group: Waiting[]) {
  if (group.length > 1) {
    const result = await store.batch(group.map((w) => ({ kind: 'insert' as const, coll: 'audit_log' as const, doc: w.doc })))
    if (result.ok) return
  }
  // Alone, or a batch refused (an id taken twice, which fresh ids make a bug): entry by entry, as before.
  for (const w of group) await store.insert('audit_log', w.doc)
}

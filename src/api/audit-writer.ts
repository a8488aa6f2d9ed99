// Sensitive reads record their audit entry before answering. Committing costs more than the insert
// itself, so while requests arrive together (two entries in the same turn of the event loop), entries
// are queued until the end of the turn and committed in one transaction; a lone request writes at
// once and waits for nobody. Either way each request waits for the commit holding its own entry: no
// data leaves before its read is on record.
import type { DocStore } from '../core/ports/doc-store'
import type { NewDocOf } from '../core/ports/writes'

type Entry = NewDocOf<'audit_log'>
type Waiting = { doc: Entry; resolve: () => void; reject: (e: unknown) => void }
type State = { queue: Waiting[] | null; wroteThisTurn: boolean; grouping: boolean }

const states = new WeakMap<DocStore, State>()

/** Resolves once `doc` is committed to the audit log; rejects if it cannot be. */
export async function recordAudit(store: DocStore, doc: Entry): Promise<void> {
  let s = states.get(store)
  if (!s) states.set(store, (s = { queue: null, wroteThisTurn: false, grouping: false }))
  if (!s.grouping && !s.wroteThisTurn) {
    s.wroteThisTurn = true
    setImmediate(() => (s.wroteThisTurn = false))
    await store.insert('audit_log', doc)
    return
  }
  s.grouping = true
  return new Promise((resolve, reject) => {
    if (!s.queue) {
      s.queue = []
      setImmediate(() => void flush(store, s))
    }
    s.queue.push({ doc, resolve, reject })
  })
}

async function flush(store: DocStore, s: State) {
  const queue = s.queue ?? []
  s.queue = null
  // A turn with one entry: requests no longer arrive together, so the next one writes at once.
  if (queue.length <= 1) s.grouping = false
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
  // Alone, or a batch refused (an id taken twice, which fresh ids make a bug): entry by entry.
  for (const w of group) await store.insert('audit_log', w.doc)
}

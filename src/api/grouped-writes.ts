// Writes that must be committed before a request answers, but belong to no batch of their own: audit
// entries of sensitive reads, stored answers of write requests. Committing costs more than the write
// itself, so while requests arrive together (two writes in the same turn of the event loop), writes are
// queued until the end of the turn and committed in one transaction; a lone request writes at once and
// waits for nobody. Either way each request waits for the commit holding its own write.
import type { DocStore, WriteOp } from '../core/ports/doc-store'

type Waiting = { op: WriteOp; resolve: () => void; reject: (e: unknown) => void }
type State = { queue: Waiting[] | null; wroteThisTurn: boolean; grouping: boolean }

const states = new WeakMap<DocStore, State>()

/**
 * Resolves once `op` is committed, or was refused on its own (a duplicate insert, a moved version: the
 * caller's write only, never its neighbours'); rejects if it cannot be written.
 */
export async function commitGrouped(store: DocStore, op: WriteOp): Promise<void> {
  let s = states.get(store)
  if (!s) states.set(store, (s = { queue: null, wroteThisTurn: false, grouping: false }))
  if (!s.grouping && !s.wroteThisTurn) {
    s.wroteThisTurn = true
    setImmediate(() => (s.wroteThisTurn = false))
    await applyOne(store, op)
    return
  }
  s.grouping = true
  return new Promise((resolve, reject) => {
    if (!s.queue) {
      s.queue = []
      setImmediate(() => void flush(store, s))
    }
    s.queue.push({ op, resolve, reject })
  })
}

async function flush(store: DocStore, s: State) {
  const queue = s.queue ?? []
  s.queue = null
  // A turn with one write: requests no longer arrive together, so the next one writes at once.
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
  if (group.length > 1 && (await store.batch(group.map((w) => w.op))).ok) return
  // Alone, or a batch refused (one write's duplicate or moved version): write by write.
  for (const w of group) await applyOne(store, w.op)
}

async function applyOne(store: DocStore, op: WriteOp): Promise<void> {
  if (op.kind === 'insert') await store.insert(op.coll, op.doc)
  else if (op.kind === 'update') await store.update(op.coll, op.id, op.set, op.expectVersion)
  else await store.remove(op.coll, op.id)
}

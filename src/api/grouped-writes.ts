// Writes that must be committed before a request goes on, committed together with other requests' when
// they arrive together: audit entries of sensitive reads, stored answers of write requests, and (on the
// local engine) write requests' own batches. Committing costs more than the writes: each commit rewrites
// the pages it touches in the write-ahead log, and requests share many (the newest rows of a table).
// While requests arrive together (two writes in the same turn of the event loop), writes are queued
// until the end of the turn and committed in one transaction; a lone request writes at once and waits
// for nobody. Either way each request waits for the commit holding its own writes, and gets its own
// outcome: a combined commit refused (one request's duplicate or moved version) or failing is rolled
// back whole, and each request's writes are then applied alone, exactly as if it had come by itself.
import type { BatchResult, DocStore, WriteOp } from '../core/ports/doc-store'

type Waiting = { ops: WriteOp[]; resolve: (r: BatchResult) => void; reject: (e: unknown) => void }
type State = { queue: Waiting[] | null; wroteThisTurn: boolean; grouping: boolean }

const states = new WeakMap<DocStore, State>()
const OK: BatchResult = { ok: true }

/**
 * Resolves once `op` is committed, or was refused on its own (a duplicate insert, a moved version: the
 * caller's write only, never its neighbours'); rejects if it cannot be written.
 */
export async function commitGrouped(store: DocStore, op: WriteOp): Promise<void> {
  await writeGrouped(store, [op])
}

/** `store.batch(ops)`, all or nothing, its commit shared with other requests' writes of the same turn. */
export function batchGrouped(store: DocStore, ops: WriteOp[]): Promise<BatchResult> {
  return writeGrouped(store, ops)
}

function writeGrouped(store: DocStore, ops: WriteOp[]): Promise<BatchResult> {
  let s = states.get(store)
  if (!s) states.set(store, (s = { queue: null, wroteThisTurn: false, grouping: false }))
  if (!s.grouping && !s.wroteThisTurn) {
    s.wroteThisTurn = true
    setImmediate(() => (s.wroteThisTurn = false))
    return applyAlone(store, ops)
  }
  s.grouping = true
  return new Promise((resolve, reject) => {
    if (!s.queue) {
      s.queue = []
      setImmediate(() => void flush(store, s))
    }
    s.queue.push({ ops, resolve, reject })
  })
}

async function flush(store: DocStore, s: State) {
  const queue = s.queue ?? []
  s.queue = null
  // A turn with one write: requests no longer arrive together, so the next one writes at once.
  if (queue.length <= 1) s.grouping = false
  for (const group of groupsWithin(queue, store.maxBatchOps)) await commit(store, group)
}

/** Consecutive groups of whole requests, each within the engine's batch limit. */
function groupsWithin(queue: Waiting[], maxOps: number): Waiting[][] {
  const groups: Waiting[][] = []
  let size = 0
  for (const w of queue) {
    const last = groups.at(-1)
    if (last && size + w.ops.length <= maxOps) last.push(w)
    else groups.push([w])
    size = last && groups.at(-1) === last ? size + w.ops.length : w.ops.length
  }
  return groups
}

async function commit(store: DocStore, group: Waiting[]) {
  if (group.length > 1) {
    const together = await store.batch(group.flatMap((w) => w.ops)).catch(() => null)
    if (together?.ok) return group.forEach((w) => w.resolve(OK))
  }
  // Alone, or the combined batch refused or failed (and rolled back whole): request by request.
  for (const w of group) await applyAlone(store, w.ops).then(w.resolve, w.reject)
}

/** One write is one statement (no transaction around it); several, one batch. */
async function applyAlone(store: DocStore, ops: WriteOp[]): Promise<BatchResult> {
  const op = ops.length === 1 ? ops[0]! : null
  if (!op) return store.batch(ops)
  if (op.kind === 'insert') return (await store.insert(op.coll, op.doc)) === 'ok' ? OK : { ok: false, index: 0, reason: 'duplicate' }
  if (op.kind === 'update')
    return (await store.update(op.coll, op.id, op.set, op.expectVersion)) ? OK : { ok: false, index: 0, reason: 'conflict' }
  await store.remove(op.coll, op.id)
  return OK
}

// Visit records on the device: the autosaved draft per visit, and submissions queued while the network is
// away. A queued submission keeps the request id it was given when queued, so however often it is sent
// (retries, a second tab, the network flapping) the server records it once.
import type { CallInput } from './api-core'
import { createActionCaller, newRequestId } from './api-core'
import { visitsContract } from '../core/contract/visits.contract'
import type { Result } from '../core/result'
import type { RecordDraft } from '../core/visit/record.rules'
import { readLocal, removeLocal, writeLocal } from './local-store'
import { network } from './network'
import { transport } from './transport'

type SubmitInput = CallInput<'visits', 'submitRecord'>
export type Queued = { visitId: string; requestId: string; input: SubmitInput; at: string }
export type LocalDraft = { draft: RecordDraft; savedAt: string; serverVersion: number }

const QUEUE_KEY = 'record-queue'
const draftKey = (visitId: string) => `record-draft:${visitId}`

export const localDraft = (visitId: string) => readLocal<LocalDraft | null>(draftKey(visitId), null)
export const keepLocalDraft = (visitId: string, d: LocalDraft) => writeLocal(draftKey(visitId), d)
export const dropLocalDraft = (visitId: string) => removeLocal(draftKey(visitId))

export const queued = () => readLocal<Queued[]>(QUEUE_KEY, [])
const setQueue = (q: Queued[]) => writeLocal(QUEUE_KEY, q)

type Sent = { visitId: string; result: Result<unknown> }
const listeners = new Set<(sent: Sent | null) => void>()
/** Called after each change of the queue; `sent`: a submission the server answered. */
export function onQueueChange(cb: (sent: Sent | null) => void) {
  listeners.add(cb)
  return () => void listeners.delete(cb)
}
const changed = (sent: Sent | null = null) => listeners.forEach((cb) => cb(sent))

/** Queues the submission on the device (one per visit), then tries to send it. */
export async function submitQueued(input: SubmitInput): Promise<Result<unknown> | null> {
  const others = queued().filter((q) => q.visitId !== input.visitId)
  setQueue([...others, { visitId: input.visitId, requestId: newRequestId(), input, at: new Date().toISOString() }])
  changed()
  const results = await flushQueue()
  return results.get(input.visitId) ?? null
}

let flushing: Promise<Map<string, Result<unknown>>> | null = null

/** Sends every queued submission once at a time; keeps those the network did not carry. */
export function flushQueue(): Promise<Map<string, Result<unknown>>> {
  flushing ??= sendAll().finally(() => (flushing = null))
  return flushing
}

async function sendAll() {
  const results = new Map<string, Result<unknown>>()
  for (const q of queued()) {
    const send = createActionCaller({ transport, newRequestId: () => q.requestId })
    const res = await send('visits', 'submitRecord', visitsContract.submitRecord, q.input)
    results.set(q.visitId, res)
    if (!res.ok && res.error.code.startsWith('NET.')) continue
    // Sent (recorded, or refused for a reason the page shows): no longer waiting.
    setQueue(queued().filter((x) => x.requestId !== q.requestId))
    if (res.ok) dropLocalDraft(q.visitId)
    changed({ visitId: q.visitId, result: res })
  }
  return results
}

let started = false
/** Once per app run: send the queue when the network comes back, and now. */
export function startRecordQueue() {
  if (started) return
  started = true
  network.onOnline(() => void flushQueue())
  if (queued().length) void flushQueue()
}

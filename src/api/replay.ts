// Idempotent writes: one request id runs its handler at most once, however many copies arrive.
// The id is claimed BEFORE the handler runs by inserting a `requests` document whose id is the
// replay key: both engines refuse a second insert of one id, so exactly one copy wins the claim.
import { createHash } from 'node:crypto'
import { ClaimedRequestSchema } from '../core/model/system.schema'
import { err, type Result } from '../core/result'
import type { DocStore } from '../core/ports/doc-store'
import { retentionCutoff } from '../core/retention.rules'
import { commitGrouped } from './grouped-writes'
import { ClaimingStore, heldClaim, holdClaim } from './replay-local'

/** Waits (ms) before each look at a claim held by another copy of the request: fixed and bounded. */
export const CLAIM_WAITS_MS = [20, 40, 80, 160, 320, 640] as const
/** A claim left pending this long belongs to a copy that died mid-way (a cloud function timeout). */
export const STALE_CLAIM_MS = 2 * 60e3

export const ReplayErrors = {
  reused: () => err('REQUEST.REUSED', '这次提交和之前的提交编号相同但内容不同，没有保存。请刷新页面后重新操作'),
  busy: () => err('REQUEST.IN_PROGRESS', '上一次提交还在处理中，请稍后刷新'),
}

export type ReplayOptions = { key: string; input: unknown; now: Date; pause?: (ms: number) => Promise<void> }
/** The handler, given the store it must write through. */
export type Run = (store: DocStore) => Promise<Result<unknown>>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Run `handler` once per key; later copies get the stored answer, or are refused if their input differs. */
export async function runOnce(store: DocStore, opts: ReplayOptions, handler: Run, stored = false): Promise<Result<unknown>> {
  const inputHash = hashInput(opts.input)
  const claimed = await claim(store, { ...opts, stored }, inputHash)
  if (claimed.kind === 'answer') return claimed.result
  if (claimed.kind === 'held') return runHeld(store, opts, inputHash, handler)
  let result: Result<unknown>
  try {
    result = await handler(store)
  } catch (e) {
    // Release the claim so a retry can run: the handler's own writes are all-or-nothing batches.
    await store.remove('requests', opts.key)
    throw e
  }
  await store.update('requests', opts.key, { state: 'done', result, doneAt: opts.now.toISOString() }, claimed.version)
  return result
}

/** The claim held in memory and written with the handler's first write (see replay-local.ts). */
async function runHeld(store: DocStore, opts: ReplayOptions, inputHash: string, handler: Run): Promise<Result<unknown>> {
  const own = new ClaimingStore(store, { _id: opts.key, ...pendingClaim(opts.now, inputHash) })
  // Held until the answer is stored: a copy arriving meanwhile waits rather than runs the handler's reads.
  const hold = holdClaim(opts.key, { at: opts.now.toISOString(), inputHash })
  try {
    const result = await runClaiming(store, opts.key, own, handler)
    // Another copy's claim was stored first (nothing of this run was written), or its answer: look again.
    if (result === LOST || !(await keepAnswer(store, opts, inputHash, own, result))) {
      hold.release()
      return runOnce(store, opts, handler, true)
    }
    return result
  } finally {
    hold.release()
  }
}

const LOST = Symbol('claim lost')

async function runClaiming(store: DocStore, key: string, own: ClaimingStore, handler: Run): Promise<Result<unknown> | typeof LOST> {
  try {
    const result = await handler(own)
    return own.lost ? LOST : result
  } catch (e) {
    if (own.lost) return LOST
    // Release the claim so a retry can run: the handler's own writes are all-or-nothing batches.
    if (own.claimed) await store.remove('requests', key)
    throw e
  }
}

/** Stores the answer; false if the key turned out to be claimed already (only when nothing was written). */
async function keepAnswer(store: DocStore, opts: ReplayOptions, inputHash: string, own: ClaimingStore, result: Result<unknown>) {
  const answer = { state: 'done', result, doneAt: opts.now.toISOString() }
  // Answers of requests that finish together share a commit; each request waits for its own.
  if (own.claimed) await commitGrouped(store, { kind: 'update', coll: 'requests', id: opts.key, set: answer, expectVersion: 1 })
  // Nothing written: the answer is stored all the same, so a retry gets it and a reused id is refused.
  else return (await store.insert('requests', { _id: opts.key, ...pendingClaim(opts.now, inputHash), ...answer })) === 'ok'
  return true
}

type Claim = { kind: 'run'; version: number } | { kind: 'held' } | { kind: 'answer'; result: Result<unknown> }

const pendingClaim = (now: Date, inputHash: string) => ({ at: now.toISOString(), state: 'pending', inputHash, result: null, doneAt: null })

/** `stored`: a claim may be stored for the key (a retry found one), so an in-process run reads it first. */
type Look = ReplayOptions & { stored: boolean }

async function claim(store: DocStore, opts: Look, inputHash: string): Promise<Claim> {
  const pause = opts.pause ?? sleep
  for (let look = 0; look <= CLAIM_WAITS_MS.length; look++) {
    const seen = await lookAtClaim(store, opts, inputHash)
    if (seen === 'again') continue
    if (seen !== 'wait') return seen
    if (look < CLAIM_WAITS_MS.length) await pause(CLAIM_WAITS_MS[look]!)
  }
  return { kind: 'answer', result: ReplayErrors.busy() }
}

/** One look: claim the key, or learn the answer, or wait for the copy holding it ('again': look at once). */
async function lookAtClaim(store: DocStore, opts: Look, inputHash: string): Promise<Claim | 'wait' | 'again'> {
  // Only an engine that sees every write belongs to this process alone (see DocStore.writeStamp).
  const inProcess = Boolean(store.writeStamp)
  const pending = pendingClaim(opts.now, inputHash)
  if (inProcess) {
    const mine = heldClaim(opts.key)
    if (mine && !isStale(mine.at, opts.now))
      return mine.inputHash === inputHash ? 'wait' : { kind: 'answer', result: ReplayErrors.reused() }
    // Most requests are first copies: no read. A retry of a finished one meets its claim at its first write.
    if (!opts.stored) return { kind: 'held' }
  } else if ((await store.insert('requests', { _id: opts.key, ...pending })) === 'ok') return { kind: 'run', version: 1 }
  const held = await store.get('requests', opts.key)
  if (!held) {
    if (!inProcess) return 'again' // released by a copy whose handler failed: claim it again at once
    const mine = heldClaim(opts.key) // held by a copy while we read
    return mine && !isStale(mine.at, opts.now) ? 'again' : { kind: 'held' }
  }
  const doc = ClaimedRequestSchema.safeParse(held)
  // A document from before claims existed holds only an answer: replay it as before.
  if (!doc.success) return { kind: 'answer', result: held.result as Result<unknown> }
  if (doc.data.inputHash !== inputHash) return { kind: 'answer', result: ReplayErrors.reused() }
  if (doc.data.state === 'done') return { kind: 'answer', result: doc.data.result as Result<unknown> }
  if (isStale(doc.data.at, opts.now) && (await store.update('requests', opts.key, pending, doc.data._v))) {
    return { kind: 'run', version: doc.data._v + 1 }
  }
  return 'wait'
}

const isStale = (at: string, now: Date) => now.getTime() - Date.parse(at) > STALE_CLAIM_MS

export function hashInput(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('base64url')
}

/** JSON with object keys sorted, so the same input hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** One slice of the purge: up to `limit` answers older than a week, removed in one batch; answers how many. */
export async function purgeReplays(store: DocStore, now: Date, limit = 100): Promise<number> {
  // Stored answers for retried requests are needed for minutes, kept for a week (RETENTION), then dropped.
  const cutoff = retentionCutoff('replays', now)
  const old = await store.find('requests', { where: { at: { lt: cutoff } }, limit })
  if (old.length) await store.batch(old.map((r) => ({ kind: 'remove' as const, coll: 'requests' as const, id: r._id })))
  return old.length
}

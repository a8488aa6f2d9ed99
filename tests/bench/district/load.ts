// The load: every client sends one request, waits for its answer, sends the next, for a fixed time.
// Figures count only answers to requests sent after the warm-up.
import { performance } from 'node:perf_hooks'
import { apiRequest, isOk, text, type KeepAliveClient, type Reply } from './client'

/** `requests` measured ones; `sent` every request, warm-up included (the server's CPU time covers them all). */
export type LoadResult = { requests: number; sent: number; errors: number; firstError: string | null; seconds: number; latencies: number[] }
export type Timing = { warmMs: number; measureMs: number }

/** Sends `next(i)` for i = 0, 1, 2… from every client at once. */
export async function runReads(clients: KeepAliveClient[], next: (i: number) => Buffer, t: Timing): Promise<LoadResult> {
  const out = emptyResult()
  let i = 0
  const start = performance.now()
  const measureFrom = start + t.warmMs
  const end = measureFrom + t.measureMs
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const sent = performance.now()
        const reply = await c.send(next(i++))
        out.sent++
        if (sent >= measureFrom) record(out, reply, performance.now() - sent)
      }
    }),
  )
  out.seconds = (performance.now() - measureFrom) / 1e3
  return out
}

export type Pair = { studentId: string; teacherToken: string; parentToken: string; startAt: string; endAt: string }

/** Propose (teacher) then accept (parent), one fresh family per pair, until the time or the families run out. */
export async function runPairs(clients: KeepAliveClient[], port: number, pairs: Pair[], t: Timing) {
  const proposals = emptyResult()
  const accepts = emptyResult()
  const whole = emptyResult()
  let i = 0
  const start = performance.now()
  const measureFrom = start + t.warmMs
  const end = measureFrom + t.measureMs
  await Promise.all(
    clients.map(async (c, n) => {
      while (performance.now() < end && i < pairs.length) {
        const p = pairs[i++]!
        const sent = performance.now()
        const option = { startAt: p.startAt, endAt: p.endAt, format: 'home', place: null }
        const input = { studentId: p.studentId, topic: '学期家访', options: [option] }
        const proposed = await c.send(apiRequest(port, 'visits', { action: 'propose', input, requestId: `bp-${n}-${i}` }, p.teacherToken))
        const mid = performance.now()
        proposals.sent++
        const visit = JSON.parse(text(proposed)) as {
          ok: boolean
          data?: { visitId: string; version: number; options: Array<{ id: string }> }
        }
        const measured = sent >= measureFrom
        if (measured) record(proposals, proposed, mid - sent)
        if (!visit.ok || !visit.data) continue
        const command = { kind: 'accept', optionId: visit.data.options[0]!.id }
        const body = {
          action: 'respond',
          input: { visitId: visit.data.visitId, version: visit.data.version, command },
          requestId: `ba-${n}-${i}`,
        }
        const accepted = await c.send(apiRequest(port, 'visits', body, p.parentToken))
        const done = performance.now()
        accepts.sent++
        whole.sent++
        if (measured) record(accepts, accepted, done - mid)
        if (measured) record(whole, accepted, done - sent)
      }
    }),
  )
  whole.seconds = proposals.seconds = accepts.seconds = (performance.now() - measureFrom) / 1e3
  return { proposals, accepts, pairs: whole, exhausted: i >= pairs.length }
}

function emptyResult(): LoadResult {
  return { requests: 0, sent: 0, errors: 0, firstError: null, seconds: 0, latencies: [] }
}

function record(out: LoadResult, reply: Reply, ms: number) {
  out.requests++
  out.latencies.push(ms)
  if (isOk(reply)) return
  out.errors++
  out.firstError ??= `${reply.status} ${text(reply).slice(0, 160)}`
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

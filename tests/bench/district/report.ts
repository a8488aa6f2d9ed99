// Figures per action: the load's throughput and latency, beside the in-process round trips and the
// handler's time against the time SQLite itself spent (the floor). Printed, and written as JSON.
import { percentile, type LoadResult } from './load'
import type { Profile, ServerStats } from './server-role'

export type ActionFigures = {
  label: string
  group: string
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  firstError: string | null
  trips: number | null
  handlerMs: number | null
  floorMs: number | null
  handlerPerFloor: number | null
  /** The server's CPU time per request, and what one core free of other work would serve at that cost. */
  cpuUsPerRequest: number
  capacityPerCore: number
  /** 1-minute load average of the machine before and after this action's run. */
  load: [number, number]
  server: ServerStats
}

export function figures(
  label: string,
  group: string,
  r: LoadResult,
  p: Profile | undefined,
  load: [number, number],
  server: ServerStats,
): ActionFigures {
  const sorted = [...r.latencies].sort((a, b) => a - b)
  return {
    label,
    group,
    reqPerSec: r.requests / r.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    requests: r.requests,
    errors: r.errors,
    firstError: r.firstError,
    trips: p?.trips ?? null,
    handlerMs: p?.handlerMs ?? null,
    floorMs: p?.floorMs ?? null,
    handlerPerFloor: p?.ratio ?? null,
    cpuUsPerRequest: (server.cpuMs * 1e3) / Math.max(1, r.sent),
    capacityPerCore: r.sent / Math.max(1e-9, server.cpuMs / 1e3),
    load,
    server,
  }
}

const num = (x: number | null, digits = 1) => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(digits))

export function printTable(rows: ActionFigures[]) {
  const head = [
    'action',
    'req/s',
    'p50',
    'p95',
    'p99',
    'cpu µs',
    'req/s/core',
    'trips',
    'handler',
    'floor',
    'h÷f',
    'errors',
    'load',
    'rss MB',
  ]
  const lines = rows.map((r) => [
    r.label,
    num(r.reqPerSec, 0),
    num(r.p50, 2),
    num(r.p95, 2),
    num(r.p99, 2),
    num(r.cpuUsPerRequest, 0),
    num(r.capacityPerCore, 0),
    num(r.trips, 0),
    num(r.handlerMs, 3),
    num(r.floorMs, 3),
    num(r.handlerPerFloor, 2),
    String(r.errors),
    `${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}`,
    num(r.server.maxRssMB, 0),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(fmt(head))
  for (const l of lines) console.log(fmt(l))
  for (const r of rows.filter((x) => x.firstError)) console.log(`  ${r.label}: ${r.errors} errors, e.g. ${r.firstError}`)
}

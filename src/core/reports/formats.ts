// 家访形式: held visits by the way actually held (入户 / 视频 / 到校 / 分组 / 电话), from claims counted
// by format. Claims written before the format was kept count as 未记录, so the rows add up to 已家访.
import { CLAIM_FORMAT_LABELS, CLAIM_FORMATS } from '../coverage/rules'

export type FormatRow = { key: string; label: string; held: number; share: number | null }

/** Rows per format (in a fixed order), plus 未记录 when some held visits carry none. */
export function formatRows(counts: ReadonlyArray<Record<string, number>>): FormatRow[] {
  const held: Record<string, number> = {}
  for (const c of counts) for (const [k, n] of Object.entries(c)) held[k] = (held[k] ?? 0) + n
  const total = Object.values(held).reduce((a, b) => a + b, 0)
  const known = CLAIM_FORMATS.map((f) => ({ key: f, label: CLAIM_FORMAT_LABELS[f], held: held[f] ?? 0 }))
  const unknown = total - known.reduce((n, r) => n + r.held, 0)
  const rows = unknown > 0 ? [...known, { key: 'none', label: '未记录', held: unknown }] : known
  return rows.map((r) => ({ ...r, share: total ? r.held / total : null }))
}

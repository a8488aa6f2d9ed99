// One proposal per family in one action: each family all or nothing, exactly as a single proposal,
// in order, so a later family's checks see what the earlier ones wrote. Retries are answered by the
// dispatcher from the request id (a write action), so nothing is sent twice.
import type { ProposeOutcome } from '../../../core/contract/visits-bulk.contract'
import { ok } from '../../../core/result'
import { clashes, type OptionInput } from '../../../core/visit/options.rules'
import type { RouteTable } from '../../types'
import { proposeOne } from './propose'

type R = RouteTable<'visits'>

export const proposeMany: R['proposeMany'] = async ({ items }, ctx, deps) => {
  const results: ProposeOutcome[] = []
  const sent: OptionInput[] = []
  for (const item of items) {
    // Times offered to two families at once could both be accepted: one family per time in a batch.
    const overlap = item.options.findIndex((o) => sent.some((s) => clashes(s, o)))
    if (overlap >= 0) {
      const message = `第${overlap + 1}个时间与这次发给其他家庭的时间重叠（含路上时间），请换一个时间`
      results.push({ studentId: item.studentId, ok: false, code: 'VISIT.CLASH', message })
      continue
    }
    const res = await proposeOne(item, ctx, deps)
    if (res.ok) sent.push(...item.options)
    results.push(
      res.ok
        ? { studentId: item.studentId, ok: true, visitId: res.data.visitId }
        : { studentId: item.studentId, ok: false, code: res.error.code, message: res.error.message },
    )
  }
  return ok({ results })
}

// A teacher's calendar, shared by proposing and by every later offer of new times.
import type { VisitOption } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { err, ok, type Result } from '../../../core/result'
import { clashes } from '../../../core/visit/options.rules'
import { VisitSchema } from '../../../core/model/visit.schema'
import { typedRepo } from '../../../core/ports/typed-repo'

/** Only what a clash needs is checked and kept: a teacher's busy day holds many long visit threads. */
const AgreedVisitSchema = VisitSchema.pick({ _id: true, _v: true, status: true, agreed: true })

/** A teacher's own agreed visits block clashing windows (travel buffer included for home visits). */
export async function checkCalendar(
  store: DocStore,
  teacherId: string,
  options: VisitOption[],
  exceptVisitId?: string,
): Promise<Result<true>> {
  if (options.length === 0) return ok(true)
  const starts = options.map((o) => o.startAt).sort()
  const from = new Date(new Date(starts[0]!).getTime() - 24 * 3600e3).toISOString()
  const to = new Date(new Date(starts.at(-1)!).getTime() + 24 * 3600e3).toISOString()
  const agreed = await typedRepo(store, 'visits', AgreedVisitSchema).find({
    where: { teacherId, status: 'scheduled', startAt: { gte: from, lte: to } },
    limit: 100,
  })
  for (const [i, o] of options.entries()) {
    const hit = agreed.find((v) => v._id !== exceptVisitId && v.agreed && clashes(v.agreed.option, o))
    if (hit) return err('VISIT.CLASH', `第${i + 1}个时间与您已约定的家访冲突（含路上时间），请换一个时间`)
  }
  return ok(true)
}

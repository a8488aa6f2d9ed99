// One server-side draft per visit, written with compare-and-set: two devices editing one draft get a
// clear conflict with the stored draft to reload, so neither loses what was saved.
import { Errors, err, ok } from '../../../core/result'
import { writes } from '../../../core/ports/writes'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import type { DocOf } from '../../../core/collections'
import { recordAccess } from './record-access'

type R = RouteTable<'visits'>
type DraftDoc = DocOf<'record_drafts'>

export const DRAFT_CONFLICT = '另一台设备刚保存过草稿，已为您载入最新内容，请核对后再保存'

export const getDraft: R['getDraft'] = async ({ visitId }, ctx, { store }) => {
  const access = await recordAccess(store, ctx, visitId)
  if (!access || access.role !== 'author') return Errors.notFound('家访')
  const draft = await repos(store).record_drafts.get(visitId)
  return ok({ visitId, version: draft?._v ?? 0, draft: draft?.draft ?? {}, updatedAt: draft?.updatedAt ?? null })
}

export const saveDraft: R['saveDraft'] = async ({ visitId, version, draft }, ctx, { store }) => {
  const access = await recordAccess(store, ctx, visitId)
  if (!access || access.role !== 'author') return Errors.notFound('家访')
  const r = repos(store)
  const [stored, record] = await Promise.all([r.record_drafts.get(visitId), r.visit_records.get(visitId)])
  if (record) return err('RECORD.SUBMITTED', '这次家访的记录已经提交，草稿不再保存')
  const at = ctx.now.toISOString()
  const seen = version ?? 0
  if ((stored?._v ?? 0) !== seen) return conflict(stored)
  const op = stored
    ? writes.update('record_drafts', visitId, { draft, updatedAt: at }, stored._v)
    : writes.insert('record_drafts', { _id: visitId, visitId, ownerId: access.visit.teacherId, draft, updatedAt: at })
  const result = await store.batch([op])
  // Another device saved between the read and the write: answer with what it saved.
  if (!result.ok) return conflict(await r.record_drafts.get(visitId))
  return ok({ visitId, version: seen + 1, draft, updatedAt: at })
}

/** The conflict carries the stored draft, so the device reloads it instead of overwriting it. */
const conflict = (stored: DraftDoc | null) =>
  err('RECORD.DRAFT_CONFLICT', DRAFT_CONFLICT, {
    latest: stored && { visitId: stored.visitId, version: stored._v, draft: stored.draft, updatedAt: stored.updatedAt },
  })

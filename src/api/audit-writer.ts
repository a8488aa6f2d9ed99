// Sensitive reads record their audit entry before answering: no data leaves before its read is on
// record. Entries of requests that arrive together share one commit (see grouped-writes.ts).
import type { DocStore } from '../core/ports/doc-store'
import { writes, type NewDocOf } from '../core/ports/writes'
import { commitGrouped } from './grouped-writes'

/** Resolves once `doc` is committed to the audit log; rejects if it cannot be. */
export function recordAudit(store: DocStore, doc: NewDocOf<'audit_log'>): Promise<void> {
  return commitGrouped(store, writes.insert('audit_log', doc))
}

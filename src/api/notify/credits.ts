// WeChat lets us send one message per template per "accept" in the subscribe dialog and reports no
// balance: we keep our own ledger per user and template.
import type { DocStore } from '../../core/ports/doc-store'
import type { TemplateKey } from '../../core/contract/notify.contract'
import { bumpCounter } from '../counters'

export const creditId = (userId: string, key: TemplateKey) => `${userId}:${key}`

export function addCredit(store: DocStore, userId: string, key: TemplateKey, now: Date): Promise<number> {
  return bumpCounter(store, 'credits', creditId(userId, key), { userId, key }, now)
}

/** Spend one credit; false when there is none. Compare-and-set: two senders never spend one credit twice. */
export async function spendCredit(store: DocStore, userId: string, key: TemplateKey, now: Date): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = await store.get('credits', creditId(userId, key))
    if (!doc || Number(doc.n) < 1) return false
    if (await store.update('credits', doc._id, { n: Number(doc.n) - 1, updatedAt: now.toISOString() }, doc._v)) return true
  }
  return false
}

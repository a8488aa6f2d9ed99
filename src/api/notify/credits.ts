// WeChat lets us send one message per template per "accept" in the subscribe dialog and reports no
// balance: we keep our own ledger per user and template.
import type { TemplateKey } from '../../core/model/notification.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { bumpCounter } from '../counters'
import { repos } from '../repos'

export const creditId = (userId: string, key: TemplateKey) => `${userId}:${key}`

export function addCredit(store: DocStore, userId: string, key: TemplateKey, now: Date): Promise<number> {
  return bumpCounter(repos(store).credits, creditId(userId, key), { userId, key }, now)
}

/** Spend one credit; false when there is none. Compare-and-set: two senders never spend one credit twice. */
export async function spendCredit(store: DocStore, userId: string, key: TemplateKey, now: Date): Promise<boolean> {
  const credits = repos(store).credits
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = await credits.get(creditId(userId, key))
    if (!doc || doc.n < 1) return false
    if (await credits.update(doc._id, { n: doc.n - 1, updatedAt: now.toISOString() }, doc._v)) return true
  }
  return false
}

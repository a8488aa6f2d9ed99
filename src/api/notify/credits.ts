// WeChat lets us send one message per template per "accept" in the subscribe dialog and reports no
// balance: we keep our own ledger per user and template.
import type { TemplateKey } from '../../core/model/notification.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { bumpCounter } from '../counters'
import { repos } from '../repos'
import { uniq } from './batches'

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

type Spender = { _id: string; userId: string; templateKey: TemplateKey }

/**
 * One credit for each message that can have one, oldest first; answers the ids of those paid for.
 * One read and one compare-and-set batch for up to a hundred messages; if a credit changed meanwhile
 * (a new subscription, another run), one by one instead.
 */
export async function spendCredits(store: DocStore, items: Spender[], now: Date): Promise<Set<string>> {
  if (items.length === 0) return new Set()
  const held = await repos(store).credits.getMany(uniq(items.map((i) => creditId(i.userId, i.templateKey))))
  const left = new Map(held.map((c) => [c._id, c.n]))
  const paid = new Set<string>()
  for (const item of items) {
    const id = creditId(item.userId, item.templateKey)
    const n = left.get(id) ?? 0
    if (n < 1) continue
    left.set(id, n - 1)
    paid.add(item._id)
  }
  const updatedAt = now.toISOString()
  const ops = held
    .filter((c) => left.get(c._id) !== c.n)
    .map((c) => writes.update('credits', c._id, { n: left.get(c._id)!, updatedAt }, c._v))
  if (ops.length === 0 || (await store.batch(ops)).ok) return paid
  const one = new Set<string>()
  for (const item of items) if (await spendCredit(store, item.userId, item.templateKey, now)) one.add(item._id)
  return one
}

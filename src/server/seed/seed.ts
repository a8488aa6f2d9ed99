import type { CollectionName } from '../../core/collections'
import type { DocStore } from '../../core/ports/doc-store'
import { SCHEMA_VERSION } from '../../core/collections'
import { buildDemoData } from './demo-school'

/** Seed the demo district once; a store that already has a meta document is left alone. */
export async function seedDemoIfEmpty(store: DocStore, now: Date): Promise<boolean> {
  if (await store.get('meta', 'schema')) return false
  const data = buildDemoData(now.toISOString())
  const ops = Object.entries(data).flatMap(([coll, docs]) =>
    (docs ?? []).map((doc) => ({ kind: 'insert' as const, coll: coll as CollectionName, doc })),
  )
  ops.push({ kind: 'insert', coll: 'meta', doc: { _id: 'schema', version: SCHEMA_VERSION, seededAt: now.toISOString() } })
  const result = await store.batch(ops)
  if (!result.ok) throw new Error(`demo seed failed at op ${result.index}: ${result.reason}`)
  return true
}

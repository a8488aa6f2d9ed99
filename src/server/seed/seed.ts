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
  // `demo: true` is what opens the dev sign-in: only ever written here, never for a school's own data.
  ops.push({ kind: 'insert', coll: 'meta', doc: { _id: 'schema', version: SCHEMA_VERSION, seededAt: now.toISOString(), demo: true } })
  const result = await store.batch(ops)
  if (!result.ok) throw new Error(`demo seed failed at op ${result.index}: ${result.reason}`)
  return true
}

/** True only for a database this seed created: the local server offers dev sign-in on nothing else. */
export async function isDemoData(store: DocStore): Promise<boolean> {
  return (await store.get('meta', 'schema'))?.demo === true
}

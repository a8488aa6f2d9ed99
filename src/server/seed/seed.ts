import type { CollectionName } from '../../core/collections'
import type { DocStore } from '../../core/ports/doc-store'
import { SCHEMA_VERSION } from '../../core/collections'
import { refreshFamilies } from '../../api/coverage/refresh'
import { buildDemoData } from './demo-school'

/** Seed the demo district once; a store that already has a meta document is left alone. */
export async function seedDemoIfEmpty(store: DocStore, now: Date, opts: { coverage?: boolean } = {}): Promise<boolean> {
  if (await store.get('meta', 'schema')) return false
  const data = buildDemoData(now.toISOString())
  const ops = Object.entries(data).flatMap(([coll, docs]) =>
    (docs ?? []).map((doc) => ({ kind: 'insert' as const, coll: coll as CollectionName, doc })),
  )
  // `demo: true` is what opens the dev sign-in: only ever written here, never for a school's own data.
  ops.push({ kind: 'insert', coll: 'meta', doc: { _id: 'schema', version: SCHEMA_VERSION, seededAt: now.toISOString(), demo: true } })
  const result = await store.batch(ops)
  if (!result.ok) throw new Error(`demo seed failed at op ${result.index}: ${result.reason}`)
  // Coverage facts (home class, owner) from the roster just written; `coverage: false` seeds as versions before them did.
  if (opts.coverage !== false) for (const school of data.schools ?? []) await refreshFamilies(store, school._id, now)
  return true
}

/** True only for a database this seed created: the local server offers dev sign-in on nothing else. */
export async function isDemoData(store: DocStore): Promise<boolean> {
  return (await store.get('meta', 'schema'))?.demo === true
}

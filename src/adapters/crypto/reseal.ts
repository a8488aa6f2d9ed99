// Key rotation and format upgrade in one pass over the raw engine (below the sealing layer): every sealed
// field is re-sealed under the current key, bound to its place, and every blind index is recomputed.
// One document is one compare-and-set update, so a crash leaves each document whole, under either its
// old key or the new one; both are in the ring, so everything stays readable, and running again resumes
// (documents already current are skipped). A marker in `meta` records the key everything is sealed under.
import { SEALED_FIELDS, type CollectionName } from '../../core/collections'
import type { Doc, DocStore } from '../../core/ports/doc-store'
import { createFieldCipher } from './field-cipher'
import type { KeyRing } from './key-ring'

export const SEALING_MARKER = 'sealing'
const PAGE = 100
const MAX_RETRIES = 5

export type ResealStats = { scanned: number; resealed: number }

/** Re-seal everything under the ring's current key unless the marker says it already is. */
export async function ensureSealedUnderCurrentKey(engine: DocStore, ring: KeyRing): Promise<ResealStats | null> {
  const marker = await engine.get('meta', SEALING_MARKER)
  if (marker?.keyId === ring.current.id) return null
  return resealAll(engine, ring)
}

export async function resealAll(engine: DocStore, ring: KeyRing): Promise<ResealStats> {
  // Only this pass opens the first format (enc1): the sealing layer refuses it.
  const cipher = createFieldCipher(ring, { acceptLegacy: true })
  const stats: ResealStats = { scanned: 0, resealed: 0 }
  for (const coll of Object.keys(SEALED_FIELDS) as CollectionName[]) {
    // Pages by id, not by skip: a resealed document keeps its place in the order.
    for (let after: string | null = null; ;) {
      const where = after === null ? undefined : { _id: { gt: after } }
      const page = await engine.find(coll, { where, orderBy: [['_id', 'asc']], limit: PAGE })
      for (const doc of page) {
        stats.scanned++
        if (await resealDoc(engine, cipher, coll, doc)) stats.resealed++
      }
      if (page.length < PAGE) break
      after = page[page.length - 1]!._id
    }
  }
  await writeMarker(engine, ring.current.id)
  return stats
}

type Cipher = ReturnType<typeof createFieldCipher>

/** The fields to rewrite so the document is sealed under the current key with fresh hashes; {} if none. */
export function resealSet(cipher: Cipher, coll: CollectionName, doc: Doc): Record<string, unknown> {
  const set: Record<string, unknown> = {}
  for (const [field, spec] of Object.entries(SEALED_FIELDS[coll] ?? {})) {
    const stored = doc[field]
    const hashField = `${field}Hash`
    if (stored === undefined || stored === null) {
      if (spec.index && doc[hashField] != null) set[hashField] = null
      continue
    }
    // Opening proves the stored value is sound for its place; a failure stops the rotation here.
    const value = cipher.open(stored, { coll, id: doc._id, field })
    const hash = spec.index ? cipher.blindIndex(String(value)) : undefined
    if (cipher.isCurrent(stored) && (!spec.index || doc[hashField] === hash)) continue
    set[field] = cipher.seal(value, { coll, id: doc._id, field })
    if (spec.index) set[hashField] = hash
  }
  return set
}

async function resealDoc(engine: DocStore, cipher: Cipher, coll: CollectionName, first: Doc): Promise<boolean> {
  let doc: Doc | null = first
  for (let attempt = 0; doc && attempt < MAX_RETRIES; attempt++) {
    const set = resealSet(cipher, coll, doc)
    if (Object.keys(set).length === 0) return false
    // Compare-and-set: a write by the running app in between is re-read, never overwritten.
    if (await engine.update(coll, doc._id, set, doc._v)) return true
    doc = await engine.get(coll, doc._id)
  }
  if (doc) throw new Error(`reseal ${coll}/${first._id}: still changing after ${MAX_RETRIES} attempts`)
  return false
}

async function writeMarker(engine: DocStore, keyId: string) {
  const marker = { keyId, format: 'enc2' }
  if ((await engine.insert('meta', { _id: SEALING_MARKER, ...marker })) === 'duplicate') {
    await engine.update('meta', SEALING_MARKER, marker)
  }
}

// Key rotation in the cloud, where no process may run for long: the timer-triggered scheduler re-seals a
// bounded number of documents per run and records how far it got in `meta/reseal`, so the next run
// carries on from there (not from the start, as a whole pass does). When every sealed collection has been
// walked, the marker `meta/sealing` names the new key and the runs stop doing anything.
import { SEALED_FIELDS, type CollectionName } from '../../core/collections'
import type { DocStore } from '../../core/ports/doc-store'
import { createFieldCipher } from './field-cipher'
import type { KeyRing } from './key-ring'
import { resealSet, SEALING_MARKER } from './reseal'

const CURSOR = 'reseal'
const PAGE = 100

export type SliceReport = { resealed: number; scanned: number; done: boolean }

export async function resealSlice(engine: DocStore, ring: KeyRing, maxDocs: number): Promise<SliceReport> {
  const report: SliceReport = { resealed: 0, scanned: 0, done: false }
  if ((await engine.get('meta', SEALING_MARKER))?.keyId === ring.current.id) return { ...report, done: true }
  const cipher = createFieldCipher(ring, { acceptLegacy: true })
  const colls = Object.keys(SEALED_FIELDS) as CollectionName[]
  const saved = await engine.get('meta', CURSOR)
  let pos =
    saved?.keyId === ring.current.id ? { coll: String(saved.coll), after: saved.after as string | null } : { coll: colls[0]!, after: null }
  while (report.scanned < maxDocs) {
    const coll = pos.coll as CollectionName
    const where = pos.after === null ? undefined : { _id: { gt: pos.after } }
    const page = await engine.find(coll, { where, orderBy: [['_id', 'asc']], limit: Math.min(PAGE, maxDocs - report.scanned) })
    for (const doc of page) {
      report.scanned++
      const set = resealSet(cipher, coll, doc)
      // A document changed meanwhile is re-sealed by whoever wrote it (the sealing layer writes under the current key).
      if (Object.keys(set).length && (await engine.update(coll, doc._id, set, doc._v))) report.resealed++
    }
    const next = colls[colls.indexOf(coll) + 1]
    if (page.length > 0 && report.scanned >= maxDocs) pos = { coll, after: page[page.length - 1]!._id }
    else if (page.length === 0 || page.length < PAGE) {
      if (!next) return finish(engine, ring, report)
      pos = { coll: next, after: null }
    } else pos = { coll, after: page[page.length - 1]!._id }
    await saveCursor(engine, { keyId: ring.current.id, ...pos })
  }
  return report
}

async function finish(engine: DocStore, ring: KeyRing, report: SliceReport): Promise<SliceReport> {
  const marker = { keyId: ring.current.id, format: 'enc2' }
  if ((await engine.insert('meta', { _id: SEALING_MARKER, ...marker })) === 'duplicate') await engine.update('meta', SEALING_MARKER, marker)
  await engine.remove('meta', CURSOR)
  return { ...report, done: true }
}

async function saveCursor(engine: DocStore, cursor: Record<string, unknown>) {
  if ((await engine.insert('meta', { _id: CURSOR, ...cursor })) === 'duplicate') await engine.update('meta', CURSOR, cursor)
}

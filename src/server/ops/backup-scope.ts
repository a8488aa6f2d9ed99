// Which documents make up one school's data, read raw from the engine (below the sealing layer, so
// sealed fields are copied as they are stored and no key is needed to export them).
import type { CollectionName } from '../../core/collections'
import type { Doc, DocStore, Where } from '../../core/ports/doc-store'

/** Every document carries the school's id. */
export const BY_SCHOOL: readonly CollectionName[] = [
  'classes',
  'staff',
  'contacts',
  'families',
  'claims',
  'family_sensitive',
  'students',
  'guardians',
  'bindings',
  'visits',
  'join_requests',
  'visit_preps',
  'visit_sessions',
  'prep_requests',
  'visit_records',
  'follow_ups',
  'audit_log',
  'invites',
  'consents',
  'questionnaires',
  'disputes',
  'tickets',
]
/** Found through the school's visits. */
export const BY_VISIT: readonly CollectionName[] = ['co_visits', 'record_versions', 'record_drafts']
/**
 * Not exported: operational state that rebuilds itself or expires (outbox, inbox, credits, counters,
 * stored request answers, uploaded files, locks, availability) and the shared meta documents.
 */
export const NOT_EXPORTED: readonly CollectionName[] = [
  'meta',
  'districts',
  'locks',
  'availability',
  'requests',
  'files',
  'outbox',
  'inbox',
  'credits',
  'counters',
]

const PAGE = 100

/** Every document matching `where`, paged by id so the walk stays stable whatever the engine. */
export async function* walk(engine: DocStore, coll: CollectionName, where: Where = {}): AsyncGenerator<Doc> {
  for (let after: string | null = null; ;) {
    const page = await engine.find(coll, {
      where: after === null ? where : { ...where, _id: { gt: after } },
      orderBy: [['_id', 'asc']],
      limit: PAGE,
    })
    yield* page
    if (page.length < PAGE) return
    after = page[page.length - 1]!._id
  }
}

/** The school's documents, collection by collection: the school, its own collections, its visits' and its users. */
export async function* schoolDocs(engine: DocStore, schoolId: string): AsyncGenerator<[CollectionName, Doc]> {
  const school = await engine.get('schools', schoolId)
  if (!school) throw new Error(`没有这所学校：${schoolId}`)
  yield ['schools', school]
  const visitIds: string[] = []
  const userIds = new Set<string>()
  for (const coll of BY_SCHOOL) {
    for await (const doc of walk(engine, coll, { schoolId })) {
      if (coll === 'visits') visitIds.push(doc._id)
      if (typeof doc.userId === 'string') userIds.add(doc.userId)
      yield [coll, doc]
    }
  }
  for (const coll of BY_VISIT) {
    for (let i = 0; i < visitIds.length; i += PAGE) {
      for await (const doc of walk(engine, coll, { visitId: { in: visitIds.slice(i, i + PAGE) } })) yield [coll, doc]
    }
  }
  const users = [...userIds].sort()
  for (let i = 0; i < users.length; i += PAGE)
    for (const doc of await engine.getMany('users', users.slice(i, i + PAGE))) yield ['users', doc]
}

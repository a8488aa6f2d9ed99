// Readers never see half an import: a DocStore decorator that hides the documents a staged roster
// import has written until its final switch (design: core/roster-import/staged.ts). Roster reads
// get `importJob not in <unfinished jobs>`, a filter on the rows their own index found; the list of
// unfinished jobs is one indexed read, kept while the engine's write stamp says it cannot have changed.
import type { CollectionName } from '../../core/collections'
import { HIDDEN_JOB_STATES } from '../../core/model/import-job.schema'
import { MAX_PAGE, type Doc, type DocStore, type FindOptions, type NewDoc, type Where, type WriteOp } from '../../core/ports/doc-store'
import { STAGED_FIELD } from '../../core/query-shapes'

/** Where a staged import writes new documents. */
const ROSTER: ReadonlySet<CollectionName> = new Set([
  'classes',
  'students',
  'guardians',
  'contacts',
  'families',
  'family_sensitive',
  'staff',
])

export class StagedGate implements DocStore {
  private cached: { stamp: string; ids: string[] } | null = null

  constructor(private readonly inner: DocStore) {}

  get roundTrips() {
    return this.inner.roundTrips
  }
  get maxBatchOps() {
    return this.inner.maxBatchOps
  }
  get writeStamp() {
    return this.inner.writeStamp?.bind(this.inner)
  }

  /** Jobs whose staged documents are hidden. The stamp is taken first: a later change can only refresh. */
  private async hiddenJobs(): Promise<string[]> {
    const stamp = this.inner.writeStamp?.(['import_jobs'])
    if (stamp !== undefined && this.cached?.stamp === stamp) return this.cached.ids
    const jobs = await this.inner.find('import_jobs', { where: { state: { in: [...HIDDEN_JOB_STATES] } }, limit: MAX_PAGE })
    const ids = jobs.map((j) => j._id)
    if (stamp !== undefined) this.cached = { stamp, ids }
    return ids
  }

  private async gated(coll: CollectionName, where: Where | undefined): Promise<Where | undefined> {
    if (!ROSTER.has(coll)) return where
    const ids = await this.hiddenJobs()
    return ids.length ? { ...where, [STAGED_FIELD]: { nin: ids } } : where
  }

  /** Documents fetched by id: only a marked one costs the look-up. */
  private async visible(docs: Doc[]): Promise<Doc[]> {
    if (!docs.some((d) => typeof d[STAGED_FIELD] === 'string')) return docs
    const hidden = new Set(await this.hiddenJobs())
    return docs.filter((d) => !hidden.has(d[STAGED_FIELD] as string))
  }

  async get(coll: CollectionName, id: string) {
    const doc = await this.inner.get(coll, id)
    return doc && ROSTER.has(coll) ? ((await this.visible([doc]))[0] ?? null) : doc
  }
  async getMany(coll: CollectionName, ids: string[], fields?: readonly string[]) {
    if (!ROSTER.has(coll)) return this.inner.getMany(coll, ids, fields)
    // A projection keeps the mark the gate hides staged documents by.
    return this.visible(await this.inner.getMany(coll, ids, fields && [...fields, STAGED_FIELD]))
  }
  async find(coll: CollectionName, opts: FindOptions) {
    return this.inner.find(coll, { ...opts, where: await this.gated(coll, opts.where) })
  }
  async count(coll: CollectionName, where?: Where) {
    return this.inner.count(coll, await this.gated(coll, where))
  }
  async countBy(coll: CollectionName, field: string, where?: Where) {
    return this.inner.countBy(coll, field, await this.gated(coll, where))
  }
  insert(coll: CollectionName, doc: NewDoc) {
    return this.inner.insert(coll, doc)
  }
  update(coll: CollectionName, id: string, set: Record<string, unknown>, expectVersion?: number) {
    return this.inner.update(coll, id, set, expectVersion)
  }
  remove(coll: CollectionName, id: string) {
    return this.inner.remove(coll, id)
  }
  batch(ops: WriteOp[]) {
    return this.inner.batch(ops)
  }
}

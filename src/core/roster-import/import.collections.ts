// Staged roster imports' collections, spread into the one declaration in src/core/collections.ts.
import { defineCollection } from '../collection'
import { ImportChunkSchema, ImportJobSchema } from '../model/import-job.schema'

export const IMPORT_COLLECTIONS = [
  // Staged roster imports (core/roster-import/staged.ts): the staging gate reads the unfinished ones.
  defineCollection('import_jobs', ImportJobSchema, {
    indexes: [{ fields: ['state'] }],
    queries: [{ where: { state: 'eq' } }],
  }),
  defineCollection('import_chunks', ImportChunkSchema, { sealed: { ops: {} } }),
] as const

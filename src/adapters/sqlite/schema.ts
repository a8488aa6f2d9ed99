// Tables and indexes from the collection registry: one table per collection (id, version, JSON doc)
// and one expression index per declared index. An index the registry no longer declares is dropped,
// so an old database does not keep paying for it on every write.
import type Database from 'better-sqlite3'
import { COLLECTIONS, COLLECTION_NAMES } from '../../core/collections'
import { fieldExpr } from './where-sql'

export function createSchema(db: Database.Database) {
  db.transaction(() => {
    for (const name of COLLECTION_NAMES) {
      db.exec(`CREATE TABLE IF NOT EXISTS "${name}" (id TEXT PRIMARY KEY, v INTEGER NOT NULL, doc TEXT NOT NULL)`)
      const declared = new Set<string>()
      for (const idx of COLLECTIONS[name].indexes) {
        const idxName = `${name}__${idx.fields.join('_')}`
        declared.add(idxName)
        const cols = idx.fields.map(fieldExpr).join(', ')
        db.exec(`CREATE ${idx.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${idxName}" ON "${name}" (${cols})`)
      }
      const existing = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`).all(name) as Array<{
        name: string
      }>
      for (const { name: idxName } of existing) {
        if (idxName.startsWith(`${name}__`) && !declared.has(idxName)) db.exec(`DROP INDEX "${idxName}"`)
      }
    }
  })()
}

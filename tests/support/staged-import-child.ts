// A process that runs a staged roster import on the server's database file (bound: 20 writes per
// transaction), slowly, saying each batch on stdout. Before batch `stopAt` it says so and blocks for
// good, so the kill -9 test kills it between two chunks however loaded the machine is.
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import { StagedGate } from '../../src/api/roster-import/staged-gate'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { createExcelWorkbooks } from '../../src/adapters/xlsx/excel-workbooks'
import { bounded } from './staged-import'

async function main() {
  const [dbPath, filesDir, fileId, userId, key, stopAt] = process.argv.slice(2) as [string, string, string, string, string, string]
  const ring = createKeyRing(key)
  const store = new StagedGate(new SealedStore(new SqliteStore(dbPath), createFieldCipher(ring)))
  const slow = bounded(store, 20, {
    onBatch: (n) => {
      process.stdout.write(`batch ${n}\n`)
      // Never woken: at `stopAt` this waits (without a timeout) for the kill.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, n === Number(stopAt) ? undefined : 40)
    },
  })
  const caller = (await resolveCaller({ kind: 'user', userId }, store))!
  const deps = { store: slow, files: createDiskStorage(filesDir, ring), workbooks: createExcelWorkbooks() }
  const res = await applyImport({ fileId }, { caller, now: new Date(), requestId: null }, deps)
  process.stdout.write(`done ${JSON.stringify(res)}\n`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

// Production wiring for a cloud function: `export const main = cloudMain('roster')`.
import cloud from 'wx-server-sdk'
import type { Deps } from '../../api/types'
import { createFieldCipher } from '../crypto/field-cipher'
import { SealedStore } from '../crypto/sealed-store'
import { createCloudFiles, type CloudFilesApi } from './cloud-files'
import { createCloudMain } from './cloud-main'
import { createCloudQr, type WxacodeApi } from './cloud-qr'
import { CloudStore, type CloudDb } from './cloud-store'

let deps: Deps | null = null

/** Initialise once per warm container, on the first call (not at import time). */
function getDeps(): Deps {
  if (deps) return deps
  // The data key is a cloud function environment variable (console → function config), never in code.
  const key = process.env.JF_DATA_KEY
  if (!key) throw new Error('JF_DATA_KEY is not set for this cloud function')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const db = (cloud.database as (config: object) => unknown)({ throwOnNotFound: false }) as CloudDb
  const store = new SealedStore(new CloudStore(db), createFieldCipher(key))
  deps = { store, files: createCloudFiles(cloud as unknown as CloudFilesApi, store), qr: createCloudQr(cloud as unknown as WxacodeApi) }
  return deps
}

export function cloudMain(fn: string) {
  return createCloudMain(fn, {
    getWXContext: () => cloud.getWXContext(),
    store: () => getDeps().store,
    files: () => getDeps().files,
    qr: () => getDeps().qr!,
    log: (line) => console.log(line),
  })
}

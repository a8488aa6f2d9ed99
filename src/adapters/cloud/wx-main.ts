// Production wiring for a cloud function: `export const main = cloudMain('roster', rosterRoutes)`.
import cloud from 'wx-server-sdk'
import { migrate } from '../../api/migrate'
import { runScheduler } from '../../api/scheduler'
import { StagedGate } from '../../api/roster-import/staged-gate'
import type { RouteRegistry } from '../../api/dispatch'
import type { Deps, RouteTable } from '../../api/types'
import type { FnName } from '../../core/contract'
import type { Workbooks } from '../../core/ports/workbooks'
import { Errors, ok } from '../../core/result'
import { createBlobCipher } from '../crypto/blob-cipher'
import { createFieldCipher } from '../crypto/field-cipher'
import { createKeyRing, parseKeyList } from '../crypto/key-ring'
import { resealSlice } from '../crypto/reseal-slice'
import { SealedStore } from '../crypto/sealed-store'
import { createCloudFiles, type CloudFilesApi } from './cloud-files'
import { createCloudMain } from './cloud-main'
import { createCloudNotifier, type SubscribeApi } from './cloud-notifier'
import { createCloudQr, type WxacodeApi } from './cloud-qr'
import { CloudStore, type CloudDb } from './cloud-store'
import { createCloudVoipSigner, type VoipSignApi } from './voip-signer'
import { iceServersFrom } from '../../api/video/ticket'
import type { VideoDeps } from '../../api/types'

let deps: Deps | null = null
/** Below the sealing layer, for the key rotation's re-seal slices. */
let raw: { engine: CloudStore; ring: ReturnType<typeof createKeyRing> } | null = null
/** Documents migrated / re-sealed per scheduler run while a migration or key rotation is under way. */
const RESEAL_PER_RUN = 2000
const MIGRATE_PER_RUN = 2000

/** Initialise once per warm container, on the first call (not at import time). */
function getDeps(): Deps {
  if (deps) return deps
  // The data keys are cloud function environment variables (console → function config), never in code:
  // JF_DATA_KEY seals, JF_DATA_KEYS_OLD still opens what older keys sealed while a rotation runs.
  const key = process.env.JF_DATA_KEY
  if (!key) throw new Error('JF_DATA_KEY is not set for this cloud function')
  const ring = createKeyRing(key, parseKeyList(process.env.JF_DATA_KEYS_OLD))
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const db = (cloud.database as (config: object) => unknown)({ throwOnNotFound: false }) as CloudDb
  const engine = new CloudStore(db)
  raw = { engine, ring }
  // Staged roster imports stay hidden from every reader until they commit.
  const store = new StagedGate(new SealedStore(engine, createFieldCipher(ring)))
  deps = {
    store,
    files: createCloudFiles(cloud as unknown as CloudFilesApi, store, createBlobCipher(ring)),
    qr: createCloudQr(cloud as unknown as WxacodeApi),
    notifier: createCloudNotifier(cloud as unknown as SubscribeApi),
  }
  return deps
}

/**
 * The `video` function's extras: JF_VIDEO_SECRET signs join tickets for a signalling hub run elsewhere
 * (README: cloud signalling), JF_ICE_SERVERS lists STUN/TURN; the VoIP signer is WeChat's own.
 */
export function cloudVideoDeps(): VideoDeps {
  getDeps()
  const secret = process.env.JF_VIDEO_SECRET
  if (!secret) throw new Error('JF_VIDEO_SECRET is not set for the video cloud function')
  return {
    ticketSecret: secret,
    voip: createCloudVoipSigner(cloud as unknown as VoipSignApi),
    iceServers: iceServersFrom(process.env.JF_ICE_SERVERS),
  }
}

/** `extra.workbooks`: only the `imports` function passes it, so only its bundle carries exceljs. */
export function cloudMain<F extends FnName>(fn: F, table: RouteTable<F>, extra: { workbooks?: Workbooks; video?: () => VideoDeps } = {}) {
  return createCloudMain(fn, {
    routes: { [fn]: table } as RouteRegistry,
    getWXContext: () => cloud.getWXContext(),
    store: () => getDeps().store,
    files: () => getDeps().files,
    qr: () => getDeps().qr!,
    workbooks: extra.workbooks,
    video: extra.video,
    log: (line) => console.log(line),
  })
}

/** The timer-triggered reminder job. Only WeChat's trigger may run it: a user's call is refused. */
export function schedulerMain() {
  return async (_event: unknown, _context?: unknown) => {
    const wx = cloud.getWXContext() as { OPENID?: string; SOURCE?: string }
    if (wx.OPENID || !String(wx.SOURCE ?? '').includes('wx_trigger')) return Errors.forbidden()
    const d = getDeps()
    // A new data-model version is migrated a slice per run, resuming from `meta/migration` (src/api/migrate.ts).
    const migration = raw ? await migrate(raw.engine, { now: new Date(), maxDocs: MIGRATE_PER_RUN }) : null
    const stats = await runScheduler({ store: d.store, notifier: d.notifier!, files: d.files }, new Date())
    // A key rotation (new JF_DATA_KEY, the old one in JF_DATA_KEYS_OLD) re-seals a slice per run, resuming.
    const reseal = raw ? await resealSlice(raw.engine, raw.ring, RESEAL_PER_RUN) : null
    console.log(`[scheduler] ${JSON.stringify({ ...stats, migration, reseal })}`)
    return ok(stats)
  }
}

import '../zod-locale'
import { accountsContract } from './accounts.contract'
import { importsContract } from './imports.contract'
import { authContract } from './auth.contract'
import { coverageContract } from './coverage.contract'
import { notifyContract } from './notify.contract'
import { privacyContract } from './privacy.contract'
import { rosterContract } from './roster.contract'
import { visitsContract } from './visits.contract'
import { videoContract } from './video.contract'
import { surveysContract } from './surveys.contract'
import { reportsContract } from './reports.contract'

/** The whole API: cloud function name → action → spec. Both the app and the server use this. */
export const API = {
  auth: authContract,
  roster: rosterContract,
  accounts: accountsContract,
  privacy: privacyContract,
  visits: visitsContract,
  notify: notifyContract,
  imports: importsContract,
  coverage: coverageContract,
  video: videoContract,
  surveys: surveysContract,
  reports: reportsContract,
} as const

export type Api = typeof API
export type FnName = keyof Api
export type ActionName<F extends FnName> = keyof Api[F] & string
export const FUNCTION_NAMES = Object.keys(API) as FnName[]

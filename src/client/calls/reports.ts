import { reportsContract } from '../../core/contract/reports.contract'
import { bindFunction } from '../api-core'

/** The reports cloud function: importing this puts only its contract in the importing package. */
export const reportsApi = bindFunction('reports', reportsContract)

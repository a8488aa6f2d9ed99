import { visitsContract } from '../../core/contract/visits.contract'
import { bindFunction } from '../api-core'

/** The visits cloud function: importing this puts only its contract in the importing package. */
export const visitsApi = bindFunction('visits', visitsContract)

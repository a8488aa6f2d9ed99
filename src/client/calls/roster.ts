import { rosterContract } from '../../core/contract/roster.contract'
import { bindFunction } from '../api-core'

/** The roster cloud function: importing this puts only its contract in the importing package. */
export const rosterApi = bindFunction('roster', rosterContract)

import { coverageContract } from '../../core/contract/coverage.contract'
import { bindFunction } from '../api-core'

/** The coverage cloud function: importing this puts only its contract in the importing package. */
export const coverageApi = bindFunction('coverage', coverageContract)

import { surveysContract } from '../../core/contract/surveys.contract'
import { bindFunction } from '../api-core'

/** The surveys cloud function: importing this puts only its contract in the importing package. */
export const surveysApi = bindFunction('surveys', surveysContract)

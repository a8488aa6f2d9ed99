import { privacyContract } from '../../core/contract/privacy.contract'
import { bindFunction } from '../api-core'

/** The privacy cloud function: importing this puts only its contract in the importing package. */
export const privacyApi = bindFunction('privacy', privacyContract)

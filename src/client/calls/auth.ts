import { authContract } from '../../core/contract/auth.contract'
import { bindFunction } from '../api-core'

/** The auth cloud function: importing this puts only its contract in the importing package. */
export const authApi = bindFunction('auth', authContract)

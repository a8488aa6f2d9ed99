import { accountsContract } from '../../core/contract/accounts.contract'
import { bindFunction } from '../api-core'

/** The accounts cloud function: importing this puts only its contract in the importing package. */
export const accountsApi = bindFunction('accounts', accountsContract)

import { notifyContract } from '../../core/contract/notify.contract'
import { bindFunction } from '../api-core'

/** The notify cloud function: importing this puts only its contract in the importing package. */
export const notifyApi = bindFunction('notify', notifyContract)

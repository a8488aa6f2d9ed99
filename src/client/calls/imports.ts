import { importsContract } from '../../core/contract/imports.contract'
import { bindFunction } from '../api-core'

/** The imports cloud function: importing this puts only its contract in the importing package. */
export const importsApi = bindFunction('imports', importsContract)

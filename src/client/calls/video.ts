import { videoContract } from '../../core/contract/video.contract'
import { bindFunction } from '../api-core'

/** The video cloud function: importing this puts only its contract in the importing package. */
export const videoApi = bindFunction('video', videoContract)

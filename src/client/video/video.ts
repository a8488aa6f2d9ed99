// Fallback for tsc and jest. Taro builds pick video.h5.ts / video.weapp.ts by TARO_ENV.
export { video } from './video.h5'

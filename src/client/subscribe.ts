// Fallback for tsc and jest. Taro builds pick subscribe.h5.ts / subscribe.weapp.ts by TARO_ENV.
export { subscribe } from './subscribe.h5'

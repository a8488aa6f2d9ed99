// Fallback for tsc and jest. Taro builds pick print.h5.ts / print.weapp.ts by TARO_ENV.
export { printing } from './print.h5'

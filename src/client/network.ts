// Fallback for tsc and jest. Taro builds pick network.h5.ts / network.weapp.ts by TARO_ENV.
export { network } from './network.h5'

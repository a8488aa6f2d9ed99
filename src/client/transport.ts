// Fallback for tsc and jest. Taro builds pick transport.h5.ts / transport.weapp.ts by TARO_ENV.
export { transport } from './transport.h5'

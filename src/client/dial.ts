// Fallback for tsc and jest. Taro builds pick dial.h5.ts / dial.weapp.ts by TARO_ENV.
export { dial } from './dial.h5'

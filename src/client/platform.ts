// Fallback for tsc and jest. Taro builds pick platform.h5.ts / platform.weapp.ts by TARO_ENV.
export { platform } from './platform.h5'

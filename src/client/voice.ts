// Fallback for tsc and jest. Taro builds pick voice.h5.ts / voice.weapp.ts by TARO_ENV.
export { voice } from './voice.h5'

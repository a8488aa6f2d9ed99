// Fallback for tsc and jest. Taro builds pick speech.h5.ts / speech.weapp.ts by TARO_ENV.
export { speech } from './speech.h5'

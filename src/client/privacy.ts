// Fallback for tsc and jest. Taro builds pick privacy.h5.ts / privacy.weapp.ts by TARO_ENV.
export * from './privacy.h5'

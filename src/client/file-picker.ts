// Fallback for tsc and jest. Taro builds pick file-picker.h5.ts / file-picker.weapp.ts by TARO_ENV.
export { filePicker } from './file-picker.h5'

// Things kept on the device (Taro storage: localStorage in H5, the mini-program's storage in WeChat).
// A read never throws: storage that is full, blocked or holds something unreadable reads as the fallback.
import Taro from '@tarojs/taro'

export function readLocal<T>(key: string, fallback: T): T {
  try {
    return (Taro.getStorageSync(key) as T) || fallback
  } catch {
    return fallback
  }
}

export const writeLocal = (key: string, value: unknown) => Taro.setStorageSync(key, value)
export const removeLocal = (key: string) => Taro.removeStorageSync(key)

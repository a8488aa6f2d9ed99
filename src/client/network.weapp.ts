// WeChat: the network status change event.
import Taro from '@tarojs/taro'
import type { Network } from './network.types'

export const network: Network = {
  onOnline: (cb) => {
    const listener = (res: { isConnected: boolean }) => (res.isConnected ? cb() : undefined)
    Taro.onNetworkStatusChange(listener)
    return () => Taro.offNetworkStatusChange(listener)
  },
}

// WeChat: one router cloud function per context; identity comes from the WeChat context, not the payload.
import Taro from '@tarojs/taro'
import { TransportError, type Transport } from './transport.types'

export const transport: Transport = async (fn, body) => {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: body })
    return res.result
  } catch (e) {
    throw new TransportError(e instanceof Error ? e.message : String(e))
  }
}

// WeChat: a phone number the caller may see in full; a tap asks WeChat to call it.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

export function PhoneLink({ phone, who }: { phone: string; who: string }) {
  const call = () => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined) // cancelled by the user
  return (
    <View className="phone-link" role="button" aria-label={`打电话给${who}：${phone}`} onClick={call}>
      <Text>{phone}</Text>
    </View>
  )
}

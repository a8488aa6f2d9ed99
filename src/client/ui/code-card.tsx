import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from './big-button'

/** An invite code in very large type, spaced for reading aloud over the phone, with 复制. */
export function CodeCard({ title, code, hint, qrUrl }: { title: string; code: string; hint?: string; qrUrl?: string | null }) {
  const copy = () => void Taro.setClipboardData({ data: code })
  return (
    <View className="card code-card" aria-label={`${title}：${code.split('').join(' ')}`}>
      <Text className="card__meta">{title}</Text>
      <Text className="code-card__code" selectable>
        {code}
      </Text>
      {qrUrl ? <Image className="code-card__qr" src={qrUrl} mode="aspectFit" aria-label="小程序码" /> : null}
      {hint ? <Text className="card__meta">{hint}</Text> : null}
      <BigButton kind="default" label={`复制邀请码 ${code}`} onClick={copy}>
        复制
      </BigButton>
    </View>
  )
}

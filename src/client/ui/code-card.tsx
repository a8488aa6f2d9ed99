import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { BigButton } from './big-button'

type Props = {
  title: string
  code: string
  hint?: string
  /** A scannable code for the same invitation (a mini-program code in WeChat, a QR code of the link in H5). */
  qr?: { url: string; caption: string } | null
  /** More ways to pass the code on (a WeChat share button). */
  children?: ReactNode
}

/** An invite code in very large type, spaced for reading aloud over the phone, with 复制 and, where there is one, a code to scan. */
export function CodeCard({ title, code, hint, qr, children }: Props) {
  // Both platforms confirm a copy with their own "内容已复制".
  const copy = () => void Taro.setClipboardData({ data: code }).catch(() => undefined)
  return (
    <View className="card code-card" aria-label={`${title}：${code.split('').join(' ')}`}>
      <Text className="card__meta">{title}</Text>
      <Text className="code-card__code" selectable>
        {code}
      </Text>
      {hint ? <Text className="card__meta">{hint}</Text> : null}
      <BigButton kind="default" label={`复制邀请码 ${code}`} onClick={copy}>
        复制邀请码
      </BigButton>
      {children}
      {qr ? (
        <View className="code-card__scan">
          {/* The picture is named once, by its wrapper: the image element inside has no text of its own. */}
          <View role="img" aria-label={qr.caption}>
            <Image className="code-card__qr" src={qr.url} mode="scaleToFill" aria-hidden />
          </View>
          <Text className="card__meta" aria-hidden>
            {qr.caption}
          </Text>
        </View>
      ) : null}
    </View>
  )
}

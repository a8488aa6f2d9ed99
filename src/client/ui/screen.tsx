import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { BackBar } from './back-bar'
import { FontMeta } from './page-meta'
import { PrivacyGate } from './privacy-gate'
import { ToastHost } from './toast'

/**
 * Every page: font meta first, a way back on deep pages (H5), then a visible title (stable text for
 * people and tests), the content, and the page's toast.
 */
export function Screen({
  title,
  subtitle,
  large,
  home,
  children,
}: {
  title: string
  subtitle?: string | null
  large?: boolean
  /** A role's home or the entry page: nothing to go back to. */
  home?: boolean
  children: ReactNode
}) {
  return (
    <>
      <FontMeta />
      <View className={`screen ${large ? 'screen--large' : ''}`}>
        {home ? null : <BackBar />}
        <View className="screen__head">
          <Text className="screen__title">{title}</Text>
          {subtitle ? <Text className="screen__subtitle">{subtitle}</Text> : null}
        </View>
        {children}
      </View>
      <ToastHost />
      <PrivacyGate />
    </>
  )
}

/**
 * "学生 204 人": a figure with its unit, readable as one phrase. With `onOpen` it is a tap target
 * (an arrow, opening the list behind the number); without, it reads as plain text, not a card.
 */
export function Stat({ label, value, unit, onOpen }: { label: string; value: number; unit: string; onOpen?: () => void }) {
  const text = `${label} ${value} ${unit}`
  if (!onOpen) {
    return (
      <View className="stat" aria-label={text}>
        <Text className="stat__text">{text}</Text>
      </View>
    )
  }
  return (
    <View className="stat stat--tap" role="button" aria-label={`${text}，查看名单`} onClick={onOpen}>
      <Text className="stat__text">{text}</Text>
      <View className="chevron" />
    </View>
  )
}

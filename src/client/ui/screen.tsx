import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { FontMeta } from './page-meta'
import { PrivacyGate } from './privacy-gate'

/** Every page: font meta first, then a visible title (stable text for people and tests). */
export function Screen({
  title,
  subtitle,
  large,
  children,
}: {
  title: string
  subtitle?: string | null
  large?: boolean
  children: ReactNode
}) {
  return (
    <>
      <FontMeta />
      <View className={`screen ${large ? 'screen--large' : ''}`}>
        <View className="screen__head">
          <Text className="screen__title">{title}</Text>
          {subtitle ? <Text className="screen__subtitle">{subtitle}</Text> : null}
        </View>
        {children}
      </View>
      <PrivacyGate />
    </>
  )
}

/** "学生 204 人": a figure with its unit, readable as one phrase. */
export const Stat = ({ label, value, unit }: { label: string; value: number; unit: string }) => (
  <View className="stat" aria-label={`${label} ${value} ${unit}`}>
    <Text className="stat__text">{`${label} ${value} ${unit}`}</Text>
  </View>
)

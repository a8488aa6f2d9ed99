import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Me } from '../../core/contract/auth.contract'
import type { Home } from '../../core/roles'
import { platform } from '../platform'
import { HOME_LABELS, HOME_PATHS } from '../routes'
import { cachedMe, loadMe } from '../session'

/** Small chips to the user's other homes; shown only when they have more than one. */
export function RoleSwitcher({ current }: { current: Home }) {
  const [me, setMe] = useState<Me | null>(cachedMe())
  useEffect(() => {
    if (!me) void loadMe().then((r) => r.ok && setMe(r.data))
  }, [me])
  const others = (me?.homes ?? []).filter((h) => h !== current)
  if (!me || (others.length === 0 && !platform.signInPath)) return null
  return (
    <View className="switcher">
      <Text className="switcher__who">{`${me.name} · ${HOME_LABELS[current]}`}</Text>
      {others.map((h) => (
        <View
          key={h}
          className="switcher__chip"
          role="button"
          aria-label={`切换到${HOME_LABELS[h]}`}
          onClick={() => void Taro.reLaunch({ url: HOME_PATHS[h] })}
        >
          <Text>{`切换到${HOME_LABELS[h]}`}</Text>
        </View>
      ))}
      {platform.signInPath ? (
        <View
          className="switcher__chip"
          role="button"
          aria-label="切换演示身份"
          onClick={() => void Taro.reLaunch({ url: platform.signInPath! })}
        >
          <Text>切换演示身份</Text>
        </View>
      ) : null}
    </View>
  )
}

// Entry: who is this? Signed-out (H5) → demo sign-in; unbound (WeChat) → invite-code hint; else → role home.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AppError } from '@/core/result'
import { platform } from '@/client/platform'
import { HOME_PATHS } from '@/client/routes'
import { loadMe } from '@/client/session'
import { ErrorState, LoadingState } from '@/client/ui/states'
import { Screen } from '@/client/ui/screen'

type View_ = { kind: 'loading' } | { kind: 'unbound' } | { kind: 'no-home' } | { kind: 'error'; error: AppError }

export default function Index() {
  const [view, setView] = useState<View_>({ kind: 'loading' })

  const route = async () => {
    setView({ kind: 'loading' })
    const res = await loadMe(true)
    if (res.ok) {
      const home = res.data.homes[0]
      if (!home) return setView({ kind: 'no-home' })
      return void Taro.redirectTo({ url: HOME_PATHS[home] })
    }
    if (res.error.code === 'AUTH.UNAUTHENTICATED' && platform.signInPath) {
      return void Taro.redirectTo({ url: platform.signInPath })
    }
    if (res.error.code === 'AUTH.UNBOUND') return setView({ kind: 'unbound' })
    setView({ kind: 'error', error: res.error })
  }

  useEffect(() => void route(), [])

  if (view.kind === 'unbound') {
    return (
      <Screen title="欢迎使用家访助手" large>
        <View className="card">
          <Text className="card__title">请使用老师发的邀请码绑定</Text>
          <Text className="card__meta">您的微信还没有绑定学校账号。请打开老师发给您的邀请链接或邀请码，完成绑定后再进入。</Text>
        </View>
      </Screen>
    )
  }
  if (view.kind === 'no-home') {
    return (
      <Screen title="家访助手">
        <View className="card">
          <Text className="card__title">账号还没有分配角色</Text>
          <Text className="card__meta">请联系学校管理员为您开通。</Text>
        </View>
      </Screen>
    )
  }
  return (
    <Screen title="家访助手">
      {view.kind === 'error' ? <ErrorState error={view.error} onRetry={() => void route()} /> : <LoadingState />}
    </Screen>
  )
}

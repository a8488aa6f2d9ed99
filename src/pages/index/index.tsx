// Entry: who is this? Signed-out (H5) → demo sign-in; no roles yet (or unbound on WeChat) → 家长 / 老师
// choice; else → role home.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AppError } from '@/core/result'
import { accountsApi } from '@/client/calls/accounts'
import { platform } from '@/client/platform'
import { HOME_PATHS, pagePath } from '@/client/routes'
import { loadMe } from '@/client/session'
import { BigButton } from '@/client/ui/big-button'
import { ErrorState, LoadingState } from '@/client/ui/states'
import { Screen } from '@/client/ui/screen'
import { JoinAsStaff } from './join-staff'

type View_ = { kind: 'loading' } | { kind: 'choose' } | { kind: 'join' } | { kind: 'error'; error: AppError }

/** A newcomer with binding requests already sent goes to the parent home to see them waiting. */
async function hasRequests(): Promise<boolean> {
  const res = await accountsApi.myConsents({})
  return res.ok && res.data.children.length > 0
}

export default function Index() {
  const [view, setView] = useState<View_>({ kind: 'loading' })

  const route = async () => {
    setView({ kind: 'loading' })
    const res = await loadMe(true)
    if (res.ok) {
      const home = res.data.homes[0]
      if (home) return void Taro.redirectTo({ url: HOME_PATHS[home] })
      if (await hasRequests()) return void Taro.redirectTo({ url: HOME_PATHS.parent })
      return setView({ kind: 'choose' })
    }
    if (res.error.code === 'AUTH.UNAUTHENTICATED' && platform.signInPath) {
      return void Taro.redirectTo({ url: platform.signInPath })
    }
    // WeChat, first visit: the newcomer actions create the account on first call.
    if (res.error.code === 'AUTH.UNBOUND') return setView({ kind: 'choose' })
    setView({ kind: 'error', error: res.error })
  }

  useEffect(() => void route(), [])

  if (view.kind === 'choose') {
    return (
      <Screen home title="欢迎使用家访助手" subtitle="请选择您的身份" large>
        <View className="card">
          <Text className="card__title">我是家长</Text>
          <Text className="card__meta">用班主任发的班级邀请码绑定您的孩子</Text>
          <BigButton label="我是家长，绑定孩子" onClick={() => void Taro.navigateTo({ url: pagePath('parentBind') })}>
            绑定孩子
          </BigButton>
        </View>
        <View className="card">
          <Text className="card__title">我是老师</Text>
          <Text className="card__meta">用学校管理员发给您的教师邀请码加入学校</Text>
          <BigButton kind="default" label="我是老师，输入教师邀请码" onClick={() => setView({ kind: 'join' })}>
            输入教师邀请码
          </BigButton>
        </View>
      </Screen>
    )
  }
  if (view.kind === 'join') {
    return <JoinAsStaff onBack={() => setView({ kind: 'choose' })} onJoined={() => void route()} />
  }
  return (
    <Screen home title="家访助手">
      {view.kind === 'error' ? <ErrorState error={view.error} onRetry={() => void route()} /> : <LoadingState />}
    </Screen>
  )
}

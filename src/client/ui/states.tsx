import Empty from '@nutui/nutui-react-taro/dist/es/packages/empty'
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css'
import Loading from '@nutui/nutui-react-taro/dist/es/packages/loading'
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css'
import { Failure, Tips } from '@nutui/icons-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { AppError } from '../../core/result'
import { platform } from '../platform'
import { INDEX_PATH } from '../routes'
import { BigButton } from './big-button'

// NutUI Loading and Empty inside our own wrapper: it carries the aria state (NutUI forwards only
// className/style), and our own texts keep the large type. Icons are inline SVG: no remote images.
export const LoadingState = ({ text = '正在加载…' }: { text?: string }) => (
  <View className="state state--loading" aria-busy="true">
    <Loading direction="vertical">
      <Text className="state__text">{text}</Text>
    </Loading>
  </View>
)

export const EmptyState = ({ title, hint }: { title: string; hint?: string }) => (
  <View className="state state--empty">
    <Empty
      image={<Tips size={48} color="#8f959e" />}
      imageSize={56}
      title={<Text className="state__title">{title}</Text>}
      description={hint ? <Text className="state__text">{hint}</Text> : null}
    />
  </View>
)

export function ErrorState({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const signedOut = error.code === 'AUTH.UNAUTHENTICATED'
  const offline = error.code === 'NET.OFFLINE'
  // Trying again cannot bring back what is gone or not this person's: offer the way home instead.
  const gone = error.code === 'DATA.NOT_FOUND' || error.code === 'AUTH.FORBIDDEN'
  const home = () => void Taro.reLaunch({ url: INDEX_PATH })
  return (
    <View className="state state--error" role="alert">
      <Empty
        image={<Failure size={48} color="#cf1322" />}
        imageSize={56}
        title={<Text className="state__title">{offline ? '连接失败' : gone ? '找不到这个页面的内容' : '出错了'}</Text>}
        description={<Text className="state__text">{error.message}</Text>}
      >
        {gone ? <BigButton onClick={home}>回到首页</BigButton> : <BigButton onClick={onRetry}>重试</BigButton>}
        {signedOut && platform.signInPath ? (
          <BigButton kind="default" onClick={home}>
            重新登录
          </BigButton>
        ) : null}
      </Empty>
    </View>
  )
}

type Loadable<T> = { loading: boolean; error: AppError | null; data: T | null; reload: () => void }

/** Loading → error (with 重试) → content; `isEmpty` picks the empty state. */
export function Loaded<T>(props: {
  state: Loadable<T>
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
}) {
  const { state, isEmpty, empty, children } = props
  if (state.error) return <ErrorState error={state.error} onRetry={state.reload} />
  if (state.loading || state.data === null) return <LoadingState />
  if (isEmpty?.(state.data)) return <>{empty ?? <EmptyState title="暂无数据" />}</>
  return <>{children(state.data)}</>
}

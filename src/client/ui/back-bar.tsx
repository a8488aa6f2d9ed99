// H5 has no native navigation bar: deep pages get a visible way back (WeChat draws its own, see
// back-bar.weapp.tsx). A page opened directly (a link in a reminder) has nothing to go back to:
// it offers the way home instead.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { INDEX_PATH } from '../routes'

export function BackBar() {
  const canGoBack = Taro.getCurrentPages().length > 1
  const go = () => (canGoBack ? Taro.navigateBack() : Taro.reLaunch({ url: INDEX_PATH }))
  return (
    <View className="back-bar">
      <View className="back-bar__button" role="button" aria-label={canGoBack ? '返回上一页' : '回到首页'} onClick={() => void go()}>
        <View className="chevron chevron--back" />
        <Text>{canGoBack ? '返回' : '回到首页'}</Text>
      </View>
    </View>
  )
}

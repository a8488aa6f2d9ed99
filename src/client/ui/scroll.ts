import Taro from '@tarojs/taro'

/** After an action changes what the page is about, show its top (the new headline), not the middle. */
export function scrollToTop() {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
}

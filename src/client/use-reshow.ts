import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Reload when the page shows again (coming back from another page), not on its first show. */
export function useReshow(reload: () => void) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
}

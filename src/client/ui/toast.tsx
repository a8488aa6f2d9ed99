// Success feedback after an action ("已约好"), shown over the page for two seconds and read out by
// screen readers. Our own, not Taro.showToast: its text is a fixed small size that ignores the
// user's font setting, and a grandparent must be able to read it.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

type Toast = { text: string; id: number }
const SHOW_MS = 2000
let listener: ((t: Toast | null) => void) | null = null
let seq = 0

/** Show a short confirmation on the current page. */
export function showToast(text: string) {
  listener?.({ text, id: ++seq })
}

/** Rendered once per page by Screen. */
export function ToastHost() {
  const [toast, setToast] = useState<Toast | null>(null)
  useEffect(() => {
    listener = setToast
    return () => {
      if (listener === setToast) listener = null
    }
  }, [])
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), SHOW_MS)
    return () => clearTimeout(timer)
  }, [toast])
  return (
    <View className={`toast ${toast ? 'toast--on' : ''}`} role="status" aria-live="polite">
      {toast ? <Text className="toast__text">{toast.text}</Text> : null}
    </View>
  )
}

import Dialog from '@nutui/nutui-react-taro/dist/es/packages/dialog'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/**
 * NutUI's Dialog (overlay, centring, scroll lock) around our own content: NutUI's frame does not
 * forward role/aria props and its footer buttons carry no names, so the named dialog box, the
 * title and the large buttons are ours. Mounted only while shown; the overlay does not dismiss it.
 */
export function DialogFrame({ title, text, children }: { title: string; text: string; children: ReactNode }) {
  return (
    <Dialog visible className="dialog" footer={null} closeOnOverlayClick={false} lockScroll>
      <View className="dialog__box" role="dialog" aria-modal="true" aria-label={title}>
        <Text className="dialog__title">{title}</Text>
        <Text className="dialog__text">{text}</Text>
        {children}
      </View>
    </Dialog>
  )
}

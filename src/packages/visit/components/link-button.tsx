// A line of link-coloured text that acts (adds a row, removes one, opens a page): the whole 48px line takes the tap.
import { Text, View } from '@tarojs/components'

export function LinkButton({ children, onClick }: { children: string; onClick: () => void }) {
  return (
    <View className="link-text" role="button" onClick={onClick}>
      <Text>{children}</Text>
    </View>
  )
}

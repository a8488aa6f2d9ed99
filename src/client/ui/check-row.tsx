import Checkbox from '@nutui/nutui-react-taro/dist/es/packages/checkbox'
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/css'
import { Text, View } from '@tarojs/components'

// Its own file so that only pages with a CheckRow carry NutUI Checkbox (Taro copies shared modules into each subpackage).
/** A whole-row NutUI Checkbox with its explanation; the row is the tap target and carries the role. */
export function CheckRow(props: { checked: boolean; onChange: (v: boolean) => void; title: string; hint?: string }) {
  const { checked, onChange, title, hint } = props
  return (
    <Checkbox
      className={`check ${checked ? 'check--on' : ''}`}
      checked={checked}
      onChange={onChange}
      role="checkbox"
      aria-checked={checked}
      aria-label={title}
    >
      <View className="check__body">
        <Text className="check__title">{title}</Text>
        {hint ? <Text className="check__hint">{hint}</Text> : null}
      </View>
    </Checkbox>
  )
}

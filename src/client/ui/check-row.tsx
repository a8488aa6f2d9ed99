import { Checked, CheckNormal } from '@nutui/icons-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/css'
import { Text, View } from '@tarojs/components'

// NutUI Checkbox's look (its classes, style and icons), not its component: that also writes `aria-role`,
// no ARIA attribute in a browser, which screen readers ignore and axe refuses (aria-valid-attr).
// Its own file so that only pages with a CheckRow carry the checkbox style (Taro copies shared modules into each subpackage).
/** A whole-row checkbox with its explanation; the row is the tap target and carries the role. */
export function CheckRow(props: { checked: boolean; onChange: (v: boolean) => void; title: string; hint?: string }) {
  const { checked, onChange, title, hint } = props
  return (
    <View
      className={`nut-checkbox check ${checked ? 'nut-checkbox-active check--on' : ''}`}
      role="checkbox"
      aria-checked={checked}
      aria-label={title}
      onClick={() => onChange(!checked)}
    >
      {checked ? (
        <View className="nut-checkbox-icon-wrap">
          <Checked className="nut-checkbox-icon nut-checkbox-icon-checked" />
        </View>
      ) : (
        <CheckNormal className="nut-checkbox-icon" />
      )}
      <View className="nut-checkbox-label">
        <View className="check__body">
          <Text className="check__title">{title}</Text>
          {hint ? <Text className="check__hint">{hint}</Text> : null}
        </View>
      </View>
    </View>
  )
}

import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import { Text, View } from '@tarojs/components'

type Props = {
  label: string
  value: string
  onInput: (v: string) => void
  placeholder?: string
  type?: 'text' | 'number' | 'idcard'
  maxlength?: number
  hint?: string
}

/** A labelled NutUI text box; the value lives in the page's state, so a failed submit loses nothing. */
export function Field({ label, value, onInput, placeholder, type = 'text', maxlength = 40, hint }: Props) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <Input
        className="field__input"
        type={type}
        value={value}
        maxLength={maxlength}
        placeholder={placeholder ?? `请输入${label}`}
        aria-label={label}
        onChange={onInput}
      />
      {hint ? <Text className="field__hint">{hint}</Text> : null}
    </View>
  )
}

/** A failed submit: what went wrong, right above the button that retries it. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <View className="form-error" role="alert">
      <Text>{message}</Text>
    </View>
  ) : null

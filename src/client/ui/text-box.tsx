// The one multi-line text box of every form (a question's text, a suggestion, a note, a reply): its
// name, a box in large type that grows with the text, what it is for, how much is typed of the most
// allowed (the box stops there), and what went wrong, right under it.
import { Text, Textarea, View } from '@tarojs/components'
import { FormError } from './field'

type Props = {
  label: string
  value: string
  onInput: (v: string) => void
  maxLength: number
  /** Defaults to 请输入<label>. */
  placeholder?: string
  hint?: string
  error?: string | null
  /** A short text (a question's words): a lower empty box. */
  short?: boolean
}

export function TextBox({ label, value, onInput, maxLength, placeholder, hint, error = null, short = false }: Props) {
  const full = value.length >= maxLength
  return (
    <View className="field text-box">
      <Text className="field__label">{label}</Text>
      <Textarea
        className={`text-box__input${short ? ' text-box__input--short' : ''}`}
        value={value}
        maxlength={maxLength}
        autoHeight
        placeholder={placeholder ?? `请输入${label}`}
        aria-label={label}
        onInput={(e) => onInput(e.detail.value)}
      />
      <View className="text-box__foot">
        <Text className="field__hint">{hint ?? ''}</Text>
        <Text className={`text-box__count${full ? ' text-box__count--full' : ''}`} aria-label={`已写${value.length}字，最多${maxLength}字`}>
          {`${value.length}/${maxLength}`}
        </Text>
      </View>
      <FormError message={error} />
    </View>
  )
}

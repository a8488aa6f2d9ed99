// Spoken words added at the end of a record field (pure, so the unit tests reach it without Taro).

/** The field's text with the words added after a comma when needed, never beyond its limit. */
export const appended = (value: string, text: string, maxlength: number) =>
  `${value}${value && !/[\s，。！？；、,.!?;]$/.test(value) ? '，' : ''}${text}`.slice(0, maxlength)

// zod's own wording ("无效输入：期望 string，实际接收 数字") never reaches a user. The field helpers
// in contract/fields.ts word their fields themselves; this map words everything else, for app and
// server alike, in plain Chinese that says what to do next.
import { z } from 'zod'

const REFRESH = '请刷新页面后重试'

function tooBig(iss: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
  const max = Number(iss.maximum)
  if (iss.origin === 'string') return `不能超过${max}个字`
  if (iss.origin === 'array' || iss.origin === 'set') return `最多只能选${max}项`
  if (iss.origin === 'number' || iss.origin === 'int') return `不能大于${max}`
  return '内容太多，请减少后重试'
}

function tooSmall(iss: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string {
  const min = Number(iss.minimum)
  if (iss.origin === 'string') return min <= 1 ? '请填写这一项' : `至少要填写${min}个字`
  if (iss.origin === 'array' || iss.origin === 'set') return `请至少选择${min}项`
  if (iss.origin === 'number' || iss.origin === 'int') return `不能小于${min}`
  return '内容太少，请补充后重试'
}

function invalidType(iss: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidType>): string {
  if (iss.input === undefined) return '还有必填的内容没有填写，请补充后再提交'
  if (['object', 'array', 'record', 'tuple'].includes(iss.expected)) return `提交的内容格式不正确，${REFRESH}`
  return '填写的内容格式不正确，请重新填写'
}

function invalidFormat(iss: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
  if (iss.format === 'date') return '日期格式不正确，请重新选择日期'
  if (iss.format === 'datetime') return '时间格式不正确，请重新选择时间'
  return '格式不正确，请按提示重新填写'
}

export function plainChinese(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      return invalidType(iss)
    case 'too_big':
      return tooBig(iss)
    case 'too_small':
      return tooSmall(iss)
    case 'invalid_format':
      return invalidFormat(iss)
    case 'invalid_value':
      return '请从给出的选项中选择'
    case 'unrecognized_keys':
      return `提交的内容里有多余的项目，${REFRESH}`
    case 'invalid_union':
      return iss.discriminator ? `没有这个操作，${REFRESH}` : `提交的内容格式不正确，${REFRESH}`
    default:
      return '填写的内容不正确，请检查后重试'
  }
}

z.config({ customError: plainChinese })

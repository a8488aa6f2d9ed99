// Field helpers for every input contract. Each names its field in Chinese, so a refusal tells a
// grandparent what to fix ("请填写家长姓名"), and each refuses what no person types: control
// characters, lone surrogates, text made only of blanks or invisible characters.
import { z } from 'zod'

/** Control characters; free text keeps tab and line breaks. */
const TEXT_CONTROL = /(?![\t\n\r])\p{Cc}/u
/** Names are one line, and may not reorder their own letters (bidirectional overrides). */
const LINE_CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** Anything that shows: not a blank, a control or format character (zero-width), a mark alone, or a filler. */
const VISIBLE = /[^\s\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{M}\u2800\u3164\u115F\u1160\uFFA0]/u

function typed(label: string, verb: '填写' | '选择') {
  return (iss: { input?: unknown }) =>
    iss.input === undefined || iss.input === null ? `请${verb}${label}` : `${label}格式不正确，请重新${verb}`
}

function textField(max: number, label: string, control: RegExp) {
  return z
    .string({ error: typed(label, '填写') })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .refine((s) => !LONE_SURROGATE.test(s), `${label}里有无法识别的字符，请删掉后重新填写`)
    .refine((s) => !control.test(s), `${label}里有看不见的控制字符，请删掉后重新填写`)
    .refine((s) => s === '' || VISIBLE.test(s), `${label}不能只有空格或看不见的字符，请填写内容`)
}

/** Free text (a message, a reason, a topic): may be empty unless `.min(1, …)` is added. */
export const text = (max: number, label: string) => textField(max, label, TEXT_CONTROL)

/** A name or other one-line entry: required. */
export const name = (max: number, label: string) => textField(max, label, LINE_CONTROL).min(1, `请填写${label}`)

/** The id of something the app lists for the caller to pick (a student, a visit, a class). */
export const id = (label: string, max = 64) => {
  const stale = `${label}不正确，请刷新页面后重试`
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? `请选择${label}` : stale) })
    .trim()
    .min(1, `请选择${label}`)
    .max(max, stale)
    .regex(/^[A-Za-z0-9_.:-]+$/, stale)
}

/** One of a fixed list of values. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: () => `请选择${label}` })

export const flag = (label: string) => z.boolean({ error: () => `请选择${label}` })

export const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: typed(label, '填写') })
    .int(`${label}应是整数`)
    .min(min, min === 0 ? `${label}不能为负数` : `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`)

/** The version the caller saw: a stale or forged one means the page needs a refresh. */
export const version = () => {
  const stale = '页面上的信息不是最新的，请刷新后重试'
  return z
    .number({ error: () => stale })
    .int(stale)
    .min(0, stale)
    .max(Number.MAX_SAFE_INTEGER, stale)
}

/** The dates this product can mean: school years from 2020 until the end of the century. */
export const EARLIEST_DATE = '2020-01-01'
export const LATEST_DATE = '2099-12-31'
const inRange = (day: string) => day >= EARLIEST_DATE && day <= LATEST_DATE
const outOfRange = (label: string) => `${label}超出了可以选择的范围（2020年到2099年），请重新选择`

/** A calendar day in Shanghai, YYYY-MM-DD. */
export const localDate = (label: string) => z.iso.date({ error: typed(label, '选择') }).refine(inRange, outOfRange(label))

/** An instant with its offset (ISO 8601), within the same years. */
export const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: typed(label, '选择') }).refine((s) => {
    const at = Date.parse(s)
    return Number.isFinite(at) && inRange(new Date(at).toISOString().slice(0, 10))
  }, outOfRange(label))

/** One page of a list. */
export const PageInput = z
  .object({
    page: whole('页码', 0, 10_000).default(0),
    pageSize: whole('每页条数', 1, 100).default(20),
  })
  .strict()

// The record form's tone check. Read-only and silent: the texts are neither stored nor logged.
import { TONE_LIMITS } from '../../../core/contract/visits-tone.contract'
import { err, ok } from '../../../core/result'
import { checkTone } from '../../../core/tone/tone.check'
import { segment } from '../../tone/segment'
import type { RouteTable } from '../../types'

type R = RouteTable<'visits'>

export const toneCheck: R['toneCheck'] = async ({ texts }) => {
  const long = texts.find((t) => t.text.length > TONE_LIMITS.text)
  if (long) return err('TONE.TOO_LONG', `一段文字最多检查${TONE_LIMITS.text}个字，请分成几段填写`)
  const total = texts.reduce((n, t) => n + t.text.length, 0)
  if (total > TONE_LIMITS.total) return err('TONE.TOO_LONG', `一次最多检查${TONE_LIMITS.total}个字，请分几次检查`)
  return ok({ results: texts.map(({ field, text }) => ({ field, flags: checkTone(text, segment) })) })
}

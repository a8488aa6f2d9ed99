// Visit times in the words people use (Shanghai): the app's pages and the in-app reminders say them alike.
import { inZone } from '../time'

/** Day names by dayjs's day(): 0 = Sunday. */
export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

type Instant = string | Date

/** 上午9:00 / 中午12:30 / 下午3:00 / 晚上7:30 */
export function clockWords(instant: Instant): string {
  const t = inZone(instant)
  const h = t.hour()
  const mm = t.format('mm')
  if (h < 6) return `凌晨${h}:${mm}`
  if (h < 12) return `上午${h}:${mm}`
  if (h < 13) return `中午${h}:${mm}`
  if (h < 18) return `下午${h - 12}:${mm}`
  return `晚上${h - 12}:${mm}`
}

/** 12月3日（周四） */
export const dayWords = (instant: Instant) => {
  const t = inZone(instant)
  return `${t.month() + 1}月${t.date()}日（${WEEKDAYS[t.day()]}）`
}

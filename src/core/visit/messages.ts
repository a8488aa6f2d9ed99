// Notification texts. The WeChat push shows on a possibly shared phone: neutral, no names, no
// categories. The in-app inbox is read only by the signed-in user: it says what happened in plain
// words, with the time and the other side's reason, but still no names and never a category.
import type { NotifyEvent, TemplateKey } from '../model/notification.schema'
import { VISIT_FORMAT_LABELS, type Side, type ThreadEntry, type VisitOption } from '../model/visit.schema'
import { formatLocal } from '../time'
import { clockWords, dayWords } from './time-words'

export type Message = { templateKey: TemplateKey; title: string; body: string; data: Record<string, string> }

export function visitMessage(event: NotifyEvent, option: VisitOption | null): Message {
  const when = option ? formatLocal(option.startAt) : ''
  const how = option ? VISIT_FORMAT_LABELS[option.format] : ''
  switch (event) {
    case 'proposal':
      return {
        templateKey: 'visit_proposal',
        title: '有一条家访安排等您回复',
        body: '老师发来了家访时间，请打开家访助手查看并选择。',
        data: { thing1: '家访安排待回复', phrase2: '待回复' },
      }
    case 'agreed':
      return {
        templateKey: 'visit_agreed',
        title: '家访时间已确认',
        body: `家访时间：${when}，形式：${how}。`,
        data: { thing1: '家访时间已确认', time2: when, phrase3: how.slice(0, 5) },
      }
    case 'changed':
      return {
        templateKey: 'visit_changed',
        title: '家访安排有变化',
        body: '对方提出了新的时间，请打开家访助手查看。',
        data: { thing1: '家访安排有变化', phrase2: '待确认' },
      }
    case 'cancelled':
      return {
        templateKey: 'visit_changed',
        title: '家访已取消',
        body: '一次家访已取消，请打开家访助手查看原因。',
        data: { thing1: '家访已取消', phrase2: '已取消' },
      }
    case 'reminder_day':
      return {
        templateKey: 'visit_reminder',
        title: '明天有家访',
        body: `家访时间：${when}，形式：${how}。`,
        data: { thing1: '明天有家访', time2: when },
      }
    case 'reminder_hour':
      return {
        templateKey: 'visit_reminder',
        title: '一小时后家访',
        body: `家访时间：${when}，形式：${how}。`,
        data: { thing1: '一小时后家访', time2: when },
      }
    case 'survey_sent':
    case 'survey_reminder':
      // A questionnaire's text names its closing date: the scheduler takes it from surveyMessage.
      throw new Error(`visitMessage: ${event} is a questionnaire message`)
  }
}

export type InboxText = { title: string; body: string }

/** A change to a visit as the inbox tells it: the thread entry, and the agreed time before and after. */
export type VisitChange = { entry: ThreadEntry; before: VisitOption | null; agreed: VisitOption | null }

/** 12月5日（周六）晚上6:30 */
const when = (o: VisitOption) => `${dayWords(o.startAt)}${clockWords(o.startAt)}`
const how = (o: VisitOption) => VISIT_FORMAT_LABELS[o.format]
const whenHow = (o: VisitOption) => `${when(o)}（${how(o)}）`
/** A long message is cut in the list; the visit page shows it whole. */
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const said = (text: string) => (text.trim() ? `，留言：${clip(text.trim())}` : '')
const newTimes = (options: VisitOption[]) => (options.length === 1 ? `：${whenHow(options[0]!)}` : `（${options.length}个可选）`)

/** What the reader is told about a change someone else made. A co-guardian hears it from the side of the family. */
export function inboxMessage({ entry, before, agreed }: VisitChange, reader: Side): InboxText {
  const sameSide = entry.side === reader
  const who = sameSide ? '孩子的另一位家长' : entry.side === 'teacher' ? '老师' : '家长'
  // The one who must answer next is asked to; a co-guardian is only told.
  const next = sameSide ? '，等老师回复。' : '，请打开确认。'
  switch (entry.kind) {
    case 'propose': {
      const [only] = entry.options
      const body =
        entry.options.length === 1 && only
          ? `老师想约 ${whenHow(only)}，请打开确认。`
          : `老师给了${entry.options.length}个时间，请打开选一个。`
      return { title: '老师发来了家访时间', body }
    }
    case 'counter':
      return { title: `${who}提出了别的时间`, body: `${who}提出了新的时间${newTimes(entry.options)}${said(entry.text)}${next}` }
    case 'decline_home': {
      const then = entry.options.length ? `，提出了新的时间${newTimes(entry.options)}` : ''
      const ask = sameSide ? '。' : entry.options.length ? '，请打开确认。' : '。请换一种方式（视频或到校）再约。'
      return { title: `${who}不方便入户`, body: `${who}不方便入户${then}${said(entry.text)}${ask}` }
    }
    case 'reschedule': {
      const from = before ? ` ${when(before)} 的家访` : '家访'
      return { title: `${who}想改期`, body: `${who}想把${from}改到新的时间${newTimes(entry.options)}${said(entry.text)}${next}` }
    }
    case 'accept':
      return {
        title: '家访时间已确认',
        body: agreed ? `${who}确认了 ${when(agreed)} 的家访（${how(agreed)}）。` : `${who}确认了家访时间。`,
      }
    case 'phone_agreement':
      return { title: '家访时间已确认', body: `老师记下了和家长电话约好的家访：${agreed ? whenHow(agreed) : ''}。` }
    case 'cancel':
      return { title: '家访已取消', body: `${who}取消了${before ? ` ${when(before)} 的` : ''}家访：${clip(entry.text)}` }
  }
}

/**
 * What an accepted co-visitor is told when the agreed time moves: the time and the format only, which
 * their visit page already shows them; never the reason a side gave (it may speak of the family).
 * Null for steps that change no agreed time (a counter-offer before any agreement).
 */
export function coVisitorMessage({ entry, before, agreed }: VisitChange): InboxText | null {
  const theVisit = before ? `您一同参加的 ${when(before)} 的家访` : '您一同参加的家访'
  switch (entry.kind) {
    case 'reschedule':
      return before ? { title: '家访时间有变化', body: `${theVisit}要改期，新的时间约好后会再告诉您。` } : null
    case 'cancel':
      return { title: '家访已取消', body: `${theVisit}已取消。` }
    case 'accept':
    case 'phone_agreement':
      return agreed ? { title: '家访时间已确认', body: `您一同参加的家访时间已确认：${whenHow(agreed)}。` } : null
    default:
      return null
  }
}

/** The day-before and hour-before reminders, in the inbox. */
export function reminderInboxMessage(event: 'reminder_day' | 'reminder_hour', option: VisitOption): InboxText {
  const place = option.place && option.format !== 'home' ? `，地点：${clip(option.place, 30)}` : ''
  return event === 'reminder_day'
    ? { title: '明天有家访', body: `${whenHow(option)}${place}，请留好时间。` }
    : { title: '一小时后有家访', body: `${whenHow(option)}${place}，快到时间了。` }
}

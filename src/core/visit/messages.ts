// Notification texts. They show on a possibly shared phone: neutral, no child names, no categories.
import type { NotifyEvent, TemplateKey } from '../model/notification.schema'
import { VISIT_FORMAT_LABELS, type VisitOption } from '../model/visit.schema'
import { formatLocal } from '../time'

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
  }
}

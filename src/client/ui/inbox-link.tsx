// 我的提醒 with its unread count, for the role homes.
import Taro from '@tarojs/taro'
import { notifyApi } from '../calls/notify'
import { pagePath } from '../routes'
import { useApi } from '../use-api'
import { useReshow } from '../use-reshow'
import { BigButton } from './big-button'

/** Unread reminders, reloaded when the page shows again. */
export function useUnread(): number {
  const inbox = useApi(() => notifyApi.inbox({ page: 0, pageSize: 1 }))
  useReshow(inbox.reload)
  return inbox.data?.unread ?? 0
}

export const openInbox = () => void Taro.navigateTo({ url: pagePath('visitInbox') })

export function InboxLink() {
  const unread = useUnread()
  return (
    <BigButton kind="default" label={`我的提醒，${unread}条未读`} onClick={openInbox}>
      {unread ? `我的提醒（${unread}条未读）` : '我的提醒'}
    </BigButton>
  )
}

// 我的提醒: the local inbox (in WeChat the same messages arrive as service notifications).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { formatLocal } from '@/core/time'
import { notifyApi } from '@/client/calls/notify'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { KeepDates } from '@/client/ui/keep-dates'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { inboxTarget } from '@/client/routes'

const PAGE_SIZE = 20

export default function InboxPage() {
  const [page, setPage] = useState(0)
  const inbox = useApi(() => notifyApi.inbox({ page, pageSize: PAGE_SIZE }), [page])
  const [readNow, setReadNow] = useState<Set<string>>(new Set())
  useReshow(inbox.reload)

  const open = async (item: { id: string; page: string; read: boolean }) => {
    if (!item.read && !readNow.has(item.id)) {
      setReadNow(new Set(readNow).add(item.id))
      void notifyApi.markRead({ ids: [item.id] })
    }
    const url = inboxTarget(item.page)
    if (url) void Taro.navigateTo({ url })
  }

  return (
    <Screen title="我的提醒" large>
      <Loaded
        state={inbox}
        isEmpty={(d) => d.total === 0}
        empty={<EmptyState title="还没有提醒" hint="家访时间确定、有变动或快到时，会在这里提醒您" />}
      >
        {(d) => (
          <View>
            <Text className="card__meta">{`共 ${d.total} 条，未读 ${Math.max(0, d.unread - d.items.filter((i) => !i.read && readNow.has(i.id)).length)} 条`}</Text>
            {d.items.map((i) => {
              const unread = !i.read && !readNow.has(i.id)
              return (
                <View
                  key={i.id}
                  className={`card card--tap inbox-item ${unread ? 'inbox-item--unread' : ''}`}
                  role="button"
                  aria-label={`${unread ? '未读，' : ''}${i.title}，${i.body}`}
                  onClick={() => void open(i)}
                >
                  <View className="inbox-item__head">
                    <Text className="card__title">{i.title}</Text>
                    {unread ? <Text className="badge">未读</Text> : null}
                  </View>
                  <KeepDates className="card__meta" text={i.body} />
                  <Text className="card__meta">{formatLocal(i.at, 'M月D日 HH:mm')}</Text>
                </View>
              )
            })}
            <Pager page={page} total={d.total} pageSize={PAGE_SIZE} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

// 导入记录: every applied import of the school, newest first — who, when, which file, what changed.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatLocal } from '@/core/time'
import { importsApi } from '@/client/calls/imports'
import { useApi } from '@/client/use-api'
import { Pager } from '@/client/ui/pager'
import { EmptyState, Loaded } from '@/client/ui/states'

const PAGE_SIZE = 10

/** Loads when shown: the page that shows an import's result mounts it afresh, with that import first. */
export function ImportHistory() {
  const [page, setPage] = useState(0)
  const history = useApi(() => importsApi.history({ page, pageSize: PAGE_SIZE }), [page])
  return (
    <View className="import-history" aria-label="导入记录">
      <Text className="section-title">导入记录</Text>
      <Loaded state={history} isEmpty={(d) => d.total === 0} empty={<EmptyState title="还没有导入过名单" />}>
        {(d) => (
          <View>
            {d.rows.map((r, i) => (
              <View key={`${r.at}-${i}`} className="card import-history__row">
                <Text className="import-history__when">{`${formatLocal(r.at)} · ${r.actorName}`}</Text>
                <Text className="import-history__text">{r.text}</Text>
              </View>
            ))}
            <Pager page={page} total={d.total} pageSize={PAGE_SIZE} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import { BigButton } from './big-button'

/** 上一页 / 第 n / m 页 / 下一页; hidden when everything fits on one page. */
export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  return (
    <View className="pager">
      <BigButton kind="default" disabled={page === 0} onClick={() => onPage(page - 1)}>
        上一页
      </BigButton>
      <Text className="pager__info">{`第 ${page + 1} / ${pages} 页`}</Text>
      <BigButton kind="default" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </BigButton>
    </View>
  )
}

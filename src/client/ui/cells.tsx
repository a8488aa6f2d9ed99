// Secondary actions as a WeChat-style cell list: one row each, title and a short note on the left,
// a count badge and an arrow on the right, the whole row one tap target. Primary actions stay
// BigButtons; choices stay chips. One look for "this opens something".
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import CellGroup from '@nutui/nutui-react-taro/dist/es/packages/cellgroup'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import { Text, View } from '@tarojs/components'

export type CellItem = {
  key: string
  title: string
  /** A second line: what is behind the row, in a few words. */
  note?: string | null
  /** A count that wants attention (未读, 待审核); nothing is shown for 0 or null. */
  badge?: number | null
  onClick: () => void
}

const spoken = (c: CellItem) => [c.title, c.badge ? `${c.badge}条待处理` : null, c.note].filter(Boolean).join('，')

export function Cells({ title, items }: { title?: string; items: CellItem[] }) {
  if (!items.length) return null
  return (
    <View className="cells">
      {title ? <Text className="section-title">{title}</Text> : null}
      <CellGroup divider>
        {items.map((c, i) => (
          <View key={c.key} className="cell-tap" role="button" aria-label={spoken(c)} onClick={c.onClick}>
            <Cell
              className="cell"
              isLast={i === items.length - 1}
              title={<Text className="cell__title">{c.title}</Text>}
              description={c.note ? <Text className="cell__note">{c.note}</Text> : null}
              extra={
                <View className="cell__extra">
                  {c.badge ? <Text className="badge">{c.badge > 99 ? '99+' : String(c.badge)}</Text> : null}
                  <View className="chevron" />
                </View>
              }
            />
          </View>
        ))}
      </CellGroup>
    </View>
  )
}

// Label and value pairs (a receipt, a profile). The value sits beside its label while it fits and
// moves under it on large text, instead of being squeezed into a narrow column mid-date.
import { Text, View } from '@tarojs/components'

export type KeyValue = { key: string; value: string; /** A date or time: never broken across lines. */ keep?: boolean }

export function KeyValues({ rows, label }: { rows: KeyValue[]; label?: string }) {
  return (
    <View className="kvs" aria-label={label}>
      {rows.map((r) => (
        <View key={r.key} className="kv">
          <Text className="kv__key">{r.key}</Text>
          <Text className={`kv__value ${r.keep ? 'kv__value--keep' : ''}`}>{r.value}</Text>
        </View>
      ))}
    </View>
  )
}

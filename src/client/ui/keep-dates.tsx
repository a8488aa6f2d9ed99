// Text with dates and times in it ("孙老师想在 12月5日（周六）晚上6:30–7:30 到家里来"): lines may break
// between words, never inside "12月5日（周六）" or "晚上6:30–7:30", at any font size.
import { Text } from '@tarojs/components'
import { splitDates } from './visit-words'

export function KeepDates({ text, className }: { text: string; className?: string }) {
  return (
    <Text className={className}>
      {splitDates(text).map((part, i) =>
        i % 2 ? (
          <Text key={i} className="keep">
            {part}
          </Text>
        ) : (
          part
        ),
      )}
    </Text>
  )
}

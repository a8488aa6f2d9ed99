// A tap row to a student's 家访档案 (teacher pages) or 家访记录 (a parent's child).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pagePath } from '../routes'

type Props = { studentId: string; name: string; label?: string; /** Off where the page already names the child. */ withName?: boolean }

export function ArchiveLink({ studentId, name, label = '家访档案', withName = true }: Props) {
  const open = () => void Taro.navigateTo({ url: pagePath('visitArchive', { studentId, name }) })
  return (
    <View className="card card--tap archive-link" role="button" aria-label={`${name}的${label}`} onClick={open}>
      <Text className="card__title">{label}</Text>
      <Text className="card__meta words">{withName ? `${name}的每次家访和记录` : '每次家访和记录'}</Text>
    </View>
  )
}

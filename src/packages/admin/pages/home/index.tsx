import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pagePath } from '@/client/routes'
import { SchoolOverview } from '@/client/ui/school-overview'

const LINKS = [
  { url: pagePath('adminImport'), title: '名单导入', meta: '用表格导入或更新班级、学生、家长和教职工' },
  { url: pagePath('adminStaff'), title: '教职工与邀请', meta: '生成教师邀请码，停用离职人员' },
  { url: pagePath('adminAudit'), title: '敏感信息查看记录', meta: '谁在什么时候、为什么查看了家庭信息' },
]

export default function AdminHome() {
  const actions = (
    <View className="tools">
      {LINKS.map((l) => (
        <View
          key={l.url}
          className="card card--tap"
          role="button"
          aria-label={l.title}
          onClick={() => void Taro.navigateTo({ url: l.url })}
        >
          <Text className="card__title">{l.title}</Text>
          <Text className="card__meta">{l.meta}</Text>
        </View>
      ))}
    </View>
  )
  return <SchoolOverview title="学校管理" home="admin" actions={actions} />
}

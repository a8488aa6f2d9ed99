import Taro from '@tarojs/taro'
import { pagePath } from '@/client/routes'
import { Cells } from '@/client/ui/cells'
import { SchoolOverview } from '@/client/ui/school-overview'

const open = (url: string) => () => void Taro.navigateTo({ url })

const LINKS = [
  {
    key: 'import',
    title: '名单导入',
    note: '用表格导入或更新班级、学生、家长和教职工，查看导入记录',
    onClick: open(pagePath('adminImport')),
  },
  { key: 'staff', title: '教职工与邀请', note: '给还没加入的老师生成邀请码，停用离职人员', onClick: open(pagePath('adminStaff')) },
  { key: 'audit', title: '敏感信息查看记录', note: '谁在什么时候、为什么查看了家庭信息', onClick: open(pagePath('adminAudit')) },
]

export default function AdminHome() {
  return <SchoolOverview title="学校管理" home="admin" actions={<Cells items={LINKS} />} onOpenStaff={open(pagePath('adminStaff'))} />
}

import Taro from '@tarojs/taro'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { SchoolOverview } from '@/client/ui/school-overview'

const openPlan = () => void Taro.navigateTo({ url: pagePath('leaderPlan') })

export default function LeaderHome() {
  return (
    <SchoolOverview
      title="学校概况"
      home="leader"
      actions={
        <BigButton className="leader-home__plan" onClick={openPlan}>
          家访进度
        </BigButton>
      }
    />
  )
}

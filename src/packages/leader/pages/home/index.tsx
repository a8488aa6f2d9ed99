import Taro from '@tarojs/taro'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { SchoolOverview } from '@/client/ui/school-overview'

const go = (key: 'leaderPlan' | 'leaderDisputes' | 'leaderSpotCheck' | 'schoolReport' | 'schoolDashboard') => () =>
  void Taro.navigateTo({ url: pagePath(key) })

export default function LeaderHome() {
  return (
    <SchoolOverview
      title="学校概况"
      home="leader"
      actions={
        <>
          <BigButton className="leader-home__plan" onClick={go('leaderPlan')}>
            家访进度
          </BigButton>
          <BigButton kind="default" onClick={go('schoolDashboard')}>
            学校家访看板
          </BigButton>
          <BigButton kind="default" onClick={go('leaderDisputes')}>
            有异议的家访
          </BigButton>
          <BigButton kind="default" onClick={go('leaderSpotCheck')}>
            电话抽查
          </BigButton>
          <BigButton kind="default" onClick={go('schoolReport')}>
            上报区教体局
          </BigButton>
        </>
      }
    />
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { rosterApi } from '@/client/calls/roster'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { Cells } from '@/client/ui/cells'
import { RoleSwitcher } from '@/client/ui/role-switcher'
import { Screen, Stat } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

const AUDIT = {
  key: 'audit',
  title: '敏感信息查看记录',
  note: '各校谁在什么时候、为什么查看了家庭信息（只读）',
  onClick: () => void Taro.navigateTo({ url: pagePath('adminAudit') }),
}

const DASHBOARD = {
  key: 'dashboard',
  title: '全区家访看板',
  note: '各校到位率、满意率、异议和特殊家庭走访并排对比，异常提示，报告上报情况',
  onClick: () => void Taro.navigateTo({ url: pagePath('districtDashboard') }),
}

const CALENDAR = {
  key: 'calendar',
  title: '学年与学期',
  note: '学年和春季学期从哪天开始（决定各校哪些家庭本学期还需家访）',
  onClick: () => void Taro.navigateTo({ url: pagePath('districtCalendar') }),
}

const SURVEYS = {
  key: 'surveys',
  title: '回访问卷版本',
  note: '家访后发给家长的满意度问卷：查看各版本，修改题目后发布新版本',
  onClick: () => void Taro.navigateTo({ url: pagePath('districtSurveyVersions') }),
}

const CASES = {
  key: 'cases',
  title: '典型案例',
  note: '各校发布的家访案例（已去除个人信息）',
  onClick: () => void Taro.navigateTo({ url: pagePath('typicalCases') }),
}

/** Each school's figures as plain text: the district has no list behind them (yet). */
export default function DistrictHome() {
  const overview = useApi(() => rosterApi.districtOverview({}))
  return (
    <Screen home title="各校概况" subtitle={overview.data?.districtName ?? null}>
      <RoleSwitcher current="district" />
      <Cells items={[DASHBOARD, CALENDAR, SURVEYS, AUDIT, CASES]} />
      <Loaded state={overview} isEmpty={(d) => d.schools.length === 0} empty={<EmptyState title="还没有学校" />}>
        {(d) => (
          <View className="schools">
            {d.schools.map((s) => (
              <View key={s.schoolId} className="card school">
                <Text className="card__title">{s.name}</Text>
                <View className="stats">
                  <Stat label="班级" value={s.classCount} unit="个" />
                  <Stat label="学生" value={s.studentCount} unit="人" />
                </View>
              </View>
            ))}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

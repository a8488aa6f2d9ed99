import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { rosterApi } from '@/client/calls/roster'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { RoleSwitcher } from '@/client/ui/role-switcher'
import { TeacherVisitsEntry } from '../../components/visits-entry'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

export default function TeacherHome() {
  const classes = useApi(() => rosterApi.myClasses({}))
  return (
    <Screen home title="我的班级">
      <RoleSwitcher current="teacher" />
      <TeacherVisitsEntry />
      <Loaded
        state={classes}
        isEmpty={(d) => d.classes.length === 0}
        empty={<EmptyState title="还没有任教的班级" hint="请联系学校管理员把您加入班级" />}
      >
        {(d) =>
          d.classes.map((c) => (
            <View
              key={c.classId}
              className="card card--tap"
              role="button"
              aria-label={`${c.name}，学生${c.studentCount}人`}
              onClick={() => void Taro.navigateTo({ url: pagePath('teacherClass', { classId: c.classId, name: c.name }) })}
            >
              <Text className="card__title">{c.name}</Text>
              <Text className="card__meta">
                {[c.isHead ? '班主任' : null, c.subjects.join('、') || null, `学生 ${c.studentCount} 人`].filter(Boolean).join(' · ')}
              </Text>
            </View>
          ))
        }
      </Loaded>
    </Screen>
  )
}

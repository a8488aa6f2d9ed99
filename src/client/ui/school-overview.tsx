import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { Home } from '../../core/roles'
import { rosterApi } from '../calls/roster'
import { pagePath } from '../routes'
import { useApi } from '../use-api'
import { RoleSwitcher } from './role-switcher'
import { Screen, Stat } from './screen'
import { EmptyState, Loaded } from './states'

/** Whole-school counts and classes (each opens its roster); leader and admin homes frame the same data differently. */
export function SchoolOverview({ title, home, actions }: { title: string; home: Home; actions?: ReactNode }) {
  const overview = useApi(() => rosterApi.schoolOverview({}))
  return (
    <Screen home title={title} subtitle={overview.data?.schoolName ?? null}>
      <RoleSwitcher current={home} />
      {actions}
      <Loaded state={overview}>
        {(d) => (
          <View>
            <View className="stats">
              <Stat label="班级" value={d.counts.classes} unit="个" />
              <Stat label="学生" value={d.counts.students} unit="人" />
              <Stat label="家庭" value={d.counts.families} unit="户" />
              <Stat label="家长" value={d.counts.guardians} unit="人" />
              <Stat label="教职工" value={d.counts.staff} unit="人" />
            </View>
            <Text className="section-title">班级</Text>
            {d.classes.length === 0 ? <EmptyState title="还没有班级" hint="请先导入班级和学生名单" /> : null}
            {d.classes.map((c) => (
              <View
                key={c.classId}
                className="row row--tap"
                role="button"
                aria-label={`${c.name}学生名单`}
                onClick={() => void Taro.navigateTo({ url: pagePath('teacherClass', { classId: c.classId, name: c.name }) })}
              >
                <Text className="row__main">{c.name}</Text>
                <Text className="row__side">{`班主任 ${c.headTeacherName ?? '未设置'} · 学生 ${c.studentCount} 人`}</Text>
              </View>
            ))}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

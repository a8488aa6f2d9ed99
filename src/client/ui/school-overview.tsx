import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { Home } from '../../core/roles'
import { rosterApi } from '../calls/roster'
import { pagePath } from '../routes'
import { useApi } from '../use-api'
import { Cells } from './cells'
import { RoleSwitcher } from './role-switcher'
import { Screen, Stat } from './screen'
import { EmptyState, Loaded } from './states'

const CLASS_LIST_ID = 'school-classes'
const showClasses = () => void Taro.pageScrollTo({ selector: `#${CLASS_LIST_ID}`, duration: 200 }).catch(() => undefined)

/**
 * Whole-school figures and classes (each opens its roster); leader and admin homes frame the same
 * data differently. A figure opens the list behind it where there is one on this home (班级 → the
 * class list below; 教职工 → the staff page, when `onOpenStaff` is given); the others are plain text.
 */
export function SchoolOverview(props: { title: string; home: Home; actions?: ReactNode; onOpenStaff?: () => void }) {
  const { title, home, actions, onOpenStaff } = props
  const overview = useApi(() => rosterApi.schoolOverview({}))
  return (
    <Screen home title={title} subtitle={overview.data?.schoolName ?? null}>
      <RoleSwitcher current={home} />
      {actions}
      <Loaded state={overview}>
        {(d) => (
          <View>
            <View className="stats">
              <Stat label="班级" value={d.counts.classes} unit="个" onOpen={d.classes.length ? showClasses : undefined} />
              <Stat label="教职工" value={d.counts.staff} unit="人" onOpen={onOpenStaff} />
              <Stat label="学生" value={d.counts.students} unit="人" />
              <Stat label="家庭" value={d.counts.families} unit="户" />
              <Stat label="家长" value={d.counts.guardians} unit="人" />
            </View>
            <View id={CLASS_LIST_ID}>
              {d.classes.length === 0 ? <EmptyState title="还没有班级" hint="请先导入班级和学生名单" /> : null}
              <Cells
                title="班级"
                items={d.classes.map((c) => ({
                  key: c.classId,
                  title: c.name,
                  note: `班主任 ${c.headTeacherName ?? '未设置'} · 学生 ${c.studentCount} 人`,
                  onClick: () => void Taro.navigateTo({ url: pagePath('teacherClass', { classId: c.classId, name: c.name }) }),
                }))}
              />
            </View>
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

// 家访档案 of a child who left: the plan's follow-up, still open when the roster import no longer listed
// the family's only child, reads 已结束：学生已离校 (not 已完成) for the head teacher. At 375×667 and 150 %.
import { settleRoster } from '../../src/api/roster-import/leavers'
import { pagePath } from '../../src/core/pages'
import { headTeacher } from '../support/covisit'
import { demo } from '../support/demo'
import { sampleRecord } from '../support/record'
import { completedVisit } from '../support/supervise'
import { see, signInById, visible } from './browser'
import { expect } from './fixtures'
import { movingClock } from './moving-clock'
import { phoneAt } from './visit-steps'

// The visit is completed through the real flow, so this server's clock moves (the browsers' stays frozen).
const { test, at, now } = movingClock()
const plan = { goals: ['坚持阅读'], followUps: [{ date: '2026-12-20', text: '回访阅读情况' }] }

for (const scale of [100, 150]) {
  test(`at ${scale} %: a closed follow-up of a child who left says why`, async ({ srv, newUser }, info) => {
    const { familyId } = await completedVisit(srv, 0, '03', at, sampleRecord({ plan }))
    const child = demo.students.find((s) => s.familyId === familyId)!
    await settleRoster(srv.store, demo.schoolId, [child._id], now())
    const page = await phoneAt(newUser, scale)
    await signInById(page, srv.url, headTeacher())
    await see(page, '我的班级')
    await page.goto(`${srv.url}/#${pagePath('visitArchive', { studentId: child._id, name: child.name })}`)
    await see(page, '您可以看到完整的家访记录')
    const line = visible(page).getByText('2026-12-20 回访阅读情况（已结束：学生已离校）')
    await expect(line).toBeVisible()
    await line.scrollIntoViewIfNeeded()
    await page.screenshot({ path: info.outputPath(`archive-follow-up-left-${scale}.png`) })
  })
}

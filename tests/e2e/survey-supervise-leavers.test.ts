// Supervision after children leave, through the built H5 app: the call list drops a call still to make to
// a family whose children have all left and says so; a call already made stays, the child marked
// （已离校）, and so does the dispute it opened, for the principal and for the visit's teacher.
// At 375×667 and at 150 % text.
import type { Page, TestInfo } from '@playwright/test'
import { settleRoster } from '../../src/api/roster-import/leavers'
import { pagePath } from '../../src/core/pages'
import { headTeacher, principal } from '../support/covisit'
import { demo } from '../support/demo'
import { completedVisit } from '../support/supervise'
import { ok, type TestServer } from '../support/test-server'
import { see, signInById, slidIn, visible } from './browser'
import { expect } from './fixtures'
import { movingClock } from './moving-clock'
import { phoneAt } from './visit-steps'

// Visits are completed through the real flow, so this server's clock moves (the browsers' stays frozen).
const { test, at, now } = movingClock()
const childOf = (familyId: string) => demo.students.find((s) => s.familyId === familyId)!

async function shoot(page: Page, info: TestInfo, name: string) {
  await slidIn(page)
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true })
}

/** Three visits drawn; the second family called (they deny it: a dispute); then the first two families leave. */
async function leaversAfterACall(srv: TestServer) {
  const [gone, called] = [await completedVisit(srv, 0, '03', at), await completedVisit(srv, 1, '04', at)]
  await completedVisit(srv, 2, '07', at)
  at('2026-12-10T02:00:00.000Z')
  const { spotCheckId } = ok(await srv.call(principal(), 'surveys', 'drawSpotCheck', { period: 'year', size: 3, seed: 42 }))
  const outcome = { reached: true, tookPlace: 'not_held' as const, satisfied: null, offered: null, note: '家长说那天没有老师来' }
  const { disputeId } = ok(await srv.call(principal(), 'surveys', 'recordSpotOutcome', { spotCheckId, visitId: called.visitId, outcome }))
  await settleRoster(srv.store, demo.schoolId, [childOf(gone.familyId)._id, childOf(called.familyId)._id], now())
  return { gone: childOf(gone.familyId).name, called: childOf(called.familyId).name, disputeId: disputeId! }
}

for (const scale of [100, 150]) {
  test(`at ${scale} %: the call list and the disputes after a family left`, async ({ srv, newUser }, info) => {
    const { gone, called, disputeId } = await leaversAfterACall(srv)
    const page = await phoneAt(newUser, scale)
    await signInById(page, srv.url, principal())
    await see(page, '学校概况')
    await page.goto(`${srv.url}/#${pagePath('leaderSpotCheck')}`)
    await see(page, '抽查 2 户')
    await see(page, '另有 1 户的孩子已全部离校，不再回访。')
    await expect(visible(page).locator('.spot-pick', { hasText: gone })).toHaveCount(0)
    const card = visible(page).locator('.spot-pick', { hasText: called })
    await expect(card).toContainText(`${called}（已离校）`)
    await shoot(page, info, `spot-check-left-${scale}`)
    await card.screenshot({ path: info.outputPath(`spot-pick-left-${scale}.png`) })

    await page.goto(`${srv.url}/#${pagePath('leaderDisputes')}`)
    await see(page, '待处理 1 条')
    await expect(visible(page).locator('.dispute').first()).toContainText(`${called}（已离校）`)
    await shoot(page, info, `disputes-left-${scale}`)

    const teacher = await phoneAt(newUser, scale)
    await signInById(teacher, srv.url, headTeacher())
    await see(teacher, '我的班级')
    await teacher.goto(`${srv.url}/#${pagePath('teacherDispute', { id: disputeId })}`)
    await see(teacher, `${called}（已离校）`)
    await shoot(teacher, info, `teacher-dispute-left-${scale}`)
  })
}

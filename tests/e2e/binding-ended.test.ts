// A parent whose only binding request was still waiting when a roster import no longer listed the child:
// their home says the request ended because the child is no longer on the school's roster (not that the
// head teacher refused it), and 我的提醒 has the same words, naming no one; so does 我的授权, which offers no 撤回 or 同意 on it. At 375×667
// and 150 % text.
import { settleRoster } from '../../src/api/roster-import/leavers'
import { BINDING_ENDED } from '../../src/core/model/family.schema'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { signInById, slidIn, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'
import { phoneAt } from './visit-steps'

const parent = demo.pendingOnlyParent()
const request = demo.bindings.find((b) => b.userId === parent && b.status === 'pending')!
const child = demo.students.find((s) => s._id === request.studentId)!

for (const scale of [100, 150]) {
  test(`at ${scale} %: a request ended by the roster says so at home and in 我的提醒`, async ({ srv, newUser }, info) => {
    await settleRoster(srv.store, demo.schoolId, [child._id], E2E_NOW)
    const page = await phoneAt(newUser, scale)
    await signInById(page, srv.url, parent)
    const card = visible(page).locator('.pending-card', { hasText: child.name })
    await expect(card).toContainText(BINDING_ENDED.body)
    await expect(card).not.toContainText('班主任没有通过')
    // Before any child is bound, unread news is still one tap away.
    const inbox = visible(page).locator('.cell-tap', { hasText: '我的提醒' })
    await inbox.scrollIntoViewIfNeeded()
    await page.screenshot({ path: info.outputPath(`binding-ended-home-${scale}.png`) })
    await inbox.click()
    const item = visible(page).locator('.inbox-item', { hasText: BINDING_ENDED.title })
    await expect(item).toContainText(BINDING_ENDED.body)
    await expect(item).not.toContainText(child.name)
    await slidIn(page)
    await page.screenshot({ path: info.outputPath(`binding-ended-inbox-${scale}.png`) })
    // 我的授权 lists the request the same way.
    await page.goto(`${srv.url}/#${pagePath('parentConsents')}`)
    const consent = visible(page).locator('.card', { hasText: child.name })
    await expect(consent).toContainText('申请已结束：该学生已不在本校名册中')
    // Nothing left to withdraw or give: no button the server would answer as missing.
    await expect(consent.getByRole('button', { name: /撤回|同意/ })).toHaveCount(0)
    await slidIn(page)
    await page.screenshot({ path: info.outputPath(`binding-ended-consents-${scale}.png`) })
  })
}

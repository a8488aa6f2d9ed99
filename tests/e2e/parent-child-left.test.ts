// A grandparent whose grandchild left the school (a roster import no longer lists them): the child's
// card stays, marked 已离校 with no new visits to expect, and the child's visit records are still one
// tap away. At 375×667 and at 150 % text.
import { demo } from '../support/demo'
import { see, signInById, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'
import { phoneAt } from './visit-steps'

const CLASS = 'cls-qs-3-2'
const { parent, student } = demo.familiesOf(CLASS).find((f) => demo.approvedChildren(f.parent).length === 1)!

for (const scale of [100, 150]) {
  test(`at ${scale} %: a child who left keeps a card marked 已离校, with the visit records`, async ({ srv, newUser }, info) => {
    // What the roster import does to a student it no longer lists (tests/integration/roster-leavers.test.ts).
    expect(await srv.store.update('students', student._id, { leftAt: E2E_NOW.toISOString() })).toBe(true)
    const page = await phoneAt(newUser, scale)
    await signInById(page, srv.url, parent)
    await see(page, '我的孩子')
    const card = visible(page).locator('.child-card', { hasText: student.name })
    await expect(card).toContainText('三年级2班（已离校）')
    await expect(card).toContainText('不再安排新的家访')
    // Free times only help a visit still to come: not asked of a family whose children all left.
    await expect(visible(page).getByText('告诉老师您方便家访的时间')).toHaveCount(0)
    await expect(card).not.toContainText('本学期还没有家访')
    const width = await page.evaluate(() => document.documentElement.clientWidth)
    const box = (await card.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(width + 1)
    await page.screenshot({ path: info.outputPath(`child-left-${scale}.png`) })
    // The archive still opens for the child (nothing was held with this family yet in the demo).
    await visible(page)
      .getByRole('button', { name: `${student.name}的家访记录` })
      .click()
    await see(page, '还没有家访')
  })
}

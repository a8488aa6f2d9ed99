// Proposals to several families at once, on three phones and a teacher's: the head teacher opens the
// bulk page for three families whose parents are on WeChat and sends; each parent finds the proposal
// on their home, at a time none of the others was offered. And a parent says when they are free: the
// teacher's suggestions for that family fall inside it. Screenshots at 375×667, 100 % and 150 %.
import type { Page, TestInfo } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import { buttons, fill, see, signInById, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-3-2'
const teacherId = demo.headTeacher(CLASS_ID)
const teacherName = demo.staffOf(teacherId).name
const families = demo.familiesOf(CLASS_ID).sort((a, b) => a.student.studentNo.localeCompare(b.student.studentNo))
const three = families.slice(0, 3)
const bulkPath = (fs: typeof families) => pagePath('visitProposeMany', { studentIds: fs.map((f) => f.student._id).join(',') })
/** 12月2日（周三）晚上7:00–8:00 */
const WINDOW = /\d+月\d+日（周.）\S+?\d+:\d\d–\S*?\d+:\d\d/

/** Signed in by cookie, then straight to the page (as a link from the worklist opens it). */
async function open(page: Page, srv: { url: string }, userId: string, path: string) {
  expect((await page.request.post(`${srv.url}/dev/signin`, { data: { userId } })).ok()).toBe(true)
  await page.goto(`${srv.url}/#${path}`)
}

/** The same screen on a 375×667 phone at 100 % and at 150 % text. */
async function shots(newUser: () => Promise<Page>, info: TestInfo, name: string, show: (page: Page) => Promise<void>) {
  for (const scale of [100, 150]) {
    const page = await newUser()
    await page.setViewportSize({ width: 375, height: 667 })
    await setTextScale(page, scale)
    await show(page)
    await page.screenshot({ path: info.outputPath(`${name}-${scale}.png`) })
    // The whole page too (the page scrolls inside Taro's container, so the phone is made as tall as it).
    const tall = await visible(page).evaluate((e) => e.scrollHeight)
    await page.setViewportSize({ width: 375, height: Math.min(4000, Math.max(667, tall)) })
    await page.screenshot({ path: info.outputPath(`${name}-${scale}-full.png`) })
    await page.context().close()
  }
}

test('the head teacher sends to three families at once; each parent sees their own, different time', async ({ srv, newUser }, info) => {
  const t = await newUser()
  const offered: string[] = []
  await test.step('three rows, each with its first suggested time on; send', async () => {
    await open(t, srv, teacherId, bulkPath(three))
    await see(t, '批量发起家访')
    for (const f of three) {
      const row = visible(t).locator('.bulk-row', { hasText: f.student.name })
      await expect(row.getByText('家长还没有说方便的时间')).toBeVisible()
      await expect(row.getByRole('checkbox')).toHaveCount(3)
      const first = row.getByRole('checkbox').first()
      await expect(first).toHaveAttribute('aria-checked', 'true')
      offered.push((await first.getAttribute('aria-label'))!.match(WINDOW)![0])
    }
    expect(new Set(offered).size).toBe(3)
    await expect(visible(t).locator('input[placeholder="一句话：想和家长聊什么"]')).toHaveValue('了解孩子在家情况，交流在校表现')
    await tap(t, '发送给 3 户')
    await see(t, '已发送给 3 户，等家长回复')
    await expect(visible(t).locator('.bulk-result--ok')).toHaveCount(3)
    await t.screenshot({ path: info.outputPath('bulk-sent.png') })
    await tap(t, '回到首页')
    await see(t, '我的班级')
    // Opened again, the page offers those families nothing more.
    await open(t, srv, teacherId, bulkPath(three))
    await expect(visible(t).getByText('您已经为这个家庭发起了家访，这次不再发送')).toHaveCount(3)
    await expect(buttons(t, '请先选时间')).toHaveCount(1)
  })
  for (const [i, f] of three.entries()) {
    await test.step(`parent ${i + 1} finds the proposal at their own time`, async () => {
      const p = await newUser()
      await signInById(p, srv.url, f.parent)
      await see(p, '等您回复')
      const card = visible(p).locator('.waiting-card')
      await expect(card).toContainText(`${teacherName}老师想在 ${offered[i]}`)
      for (const other of offered.filter((_, j) => j !== i)) await expect(card).not.toContainText(other)
      await p.context().close()
    })
  }
  await shots(newUser, info, 'bulk-page', async (page) => {
    await open(page, srv, teacherId, bulkPath(families.slice(3)))
    await see(page, '给家长的时间')
  })
})

test('a parent says when they are free; the teacher’s suggestions for that family fall inside it', async ({ srv, newUser }, info) => {
  const family = families[1]!
  await shots(newUser, info, 'parent-home-ask', async (page) => {
    await open(page, srv, family.parent, pagePath('parentHome'))
    await see(page, '告诉老师您方便家访的时间')
  })
  await shots(newUser, info, 'availability-page', async (page) => {
    await open(page, srv, family.parent, pagePath('parentAvailability'))
    await see(page, '您一般什么时候方便？')
  })
  const p = await newUser()
  await test.step('from the home card: weekend mornings, by video; saved', async () => {
    await signInById(p, srv.url, family.parent)
    await tap(p, '选择方便的时间')
    await see(p, '您一般什么时候方便？')
    await visible(p).getByRole('checkbox', { name: '周末上午 9:00–12:00' }).click()
    await visible(p).getByRole('checkbox', { name: '视频', exact: true }).click()
    await tap(p, '保存')
    await see(p, '您方便家访的时间')
    await see(p, '周末上午；视频')
  })
  await shots(newUser, info, 'parent-home-set', async (page) => {
    await open(page, srv, family.parent, pagePath('parentHome'))
    await see(page, '周末上午；视频')
  })
  await test.step('the teacher reads it, and every suggested time is a weekend morning video visit', async () => {
    const t = await newUser()
    await open(t, srv, teacherId, bulkPath([families[0]!, family]))
    const row = visible(t).locator('.bulk-row', { hasText: family.student.name })
    await expect(row.getByText('家长方便：周末上午；视频')).toBeVisible()
    const chips = row.getByRole('checkbox')
    await expect(chips).toHaveCount(3)
    for (const label of await chips.evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label') ?? ''))) {
      expect(label).toMatch(/（周[六日]）上午(9|10|11):\d\d–\S+ 视频$/)
    }
  })
})

test('right after binding, an applicant is asked for their free times, and can give them before approval', async ({
  srv,
  newUser,
}, info) => {
  const kid = demo.students.find((s) => s.classId === 'cls-qs-6-2' && !demo.bindings.some((b) => b.studentId === s._id))!
  const { code } = ok(await srv.call(demo.headTeacher('cls-qs-6-2'), 'accounts', 'classInvite', { classId: kid.classId }))
  const page = await newUser()
  await page.setViewportSize({ width: 375, height: 667 })
  await setTextScale(page, 150)
  await open(page, srv, await srv.newcomer(), `${pagePath('parentBind')}?code=${code}`)
  await tap(page, '下一步')
  await tapItem(page, '.check', '监护人同意')
  await tap(page, '同意并继续')
  await fill(page, '请输入孩子姓名', kid.name)
  await fill(page, '请输入孩子学号', kid.studentNo)
  await tapItem(page, '.chip', '奶奶')
  await fill(page, '请输入您的姓名', '刘秀兰')
  await tap(page, '提交绑定申请')
  await see(page, '已提交，等待班主任审核')
  await see(page, '告诉老师您方便家访的时间')
  await page.screenshot({ path: info.outputPath('bind-done-150.png') })
  await tap(page, '选择方便的时间')
  await visible(page).getByRole('checkbox', { name: '周末下午 14:00–17:30' }).click()
  await visible(page).getByRole('checkbox', { name: '入户', exact: true }).click()
  await tap(page, '保存')
  await see(page, '您方便家访的时间')
  await see(page, '周末下午；入户')
})

// The questionnaire in the H5 app: a home visit is held and its record submitted; a scheduler run sends
// the questionnaire; the parent (at 150 % text, as a grandparent would) finds "请评价这次家访" on the
// home, answers on one screen and is thanked; the teacher's home shows 样本不足, never the answer; the principal
// sees 满意率 and 到位率 move on the plan board.
import { demo } from '../support/demo'
import { see, signInById, slidIn, tap, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { family, recordedToday, sendQuestionnaires, teacherId } from './survey-steps'
import { PHONE } from './visit-steps'

test('record submitted → questionnaire sent → the parent answers at 150 % → the teacher sees 样本不足', async ({ srv, newUser }, info) => {
  await recordedToday(srv)
  const run = await sendQuestionnaires(srv)
  expect(run.surveySent).toBe(1)

  const p = await newUser()
  await p.setViewportSize(PHONE)
  await setTextScale(p, 150)
  await test.step('the home asks; the page shows the visit as recorded', async () => {
    await signInById(p, srv.url, family.parent)
    await see(p, '请评价这次家访')
    await p.screenshot({ path: info.outputPath('parent-home-150.png') })
    await tap(p, '去评价')
    await see(p, '老师记录的家访是12月1日（周二）上午10:30，入户。实际情况是这样吗？')
    await slidIn(p)
    await p.screenshot({ path: info.outputPath('survey-150.png') })
  })
  await test.step('a missing answer is named; then every answer, one tap each', async () => {
    await tap(p, '提交')
    await see(p, '请回答第1题：家访是否属实')
    const pick = (group: string, option: string) =>
      visible(p).getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).click()
    await pick('家访是否属实', '是的，和记录一样')
    await pick('总体满意度', '比较满意')
    await pick('老师是否尊重', '是')
    await pick('是否先谈优点', '是')
    await pick('是否有送礼吃请', '否')
    await visible(p).locator('textarea').fill('孩子最近爱看书，谢谢老师')
    await expect(visible(p).getByRole('radio', { name: '比较满意' })).toHaveAttribute('aria-checked', 'true')
    await p.screenshot({ path: info.outputPath('survey-filled-150.png'), fullPage: true })
    await tap(p, '提交')
    await see(p, '谢谢您！')
    await p.screenshot({ path: info.outputPath('survey-thanks-150.png') })
  })
  await test.step('the teacher sees 样本不足, not the answer', async () => {
    const t = await newUser()
    await t.setViewportSize(PHONE)
    await signInById(t, srv.url, teacherId)
    await see(t, '家长满意度')
    await expect(visible(t).locator('.satisfaction-line')).toContainText('样本不足')
    await expect(visible(t)).not.toContainText('比较满意')
    await visible(t).locator('.satisfaction-line').scrollIntoViewIfNeeded()
    await t.screenshot({ path: info.outputPath('teacher-home-100.png') })
  })
  await test.step('the principal sees 满意率 move on the plan board (leaders see small samples) and 到位率 count the visit', async () => {
    const l = await newUser()
    await l.setViewportSize(PHONE)
    await signInById(l, srv.url, demo.principal())
    await tap(l, '家访进度')
    const figure = (label: string) => visible(l).locator('.survey-figure', { hasText: label })
    await expect(figure('满意率')).toContainText('100%')
    await expect(figure('满意率')).toContainText('（1/1份）')
    await expect(figure('到位率')).toContainText(/（1\/\d+户）/)
  })
})

test('the questionnaire page at 100 %: one screen of large targets', async ({ srv, newUser }, info) => {
  await recordedToday(srv)
  await sendQuestionnaires(srv)
  const p = await newUser()
  await p.setViewportSize(PHONE)
  await signInById(p, srv.url, family.parent)
  await tap(p, '去评价')
  await see(p, '您对这次家访总体满意吗？')
  await slidIn(p)
  await p.screenshot({ path: info.outputPath('survey-100.png') })
})

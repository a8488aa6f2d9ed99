// The H5 build as assistive technology sees it: the main actions are buttons with names, so a
// screen-reader user (and role-based tools) can find them, not only sighted users with a mouse.
import { demo } from '../support/demo'
import { signInById, visible } from './browser'
import { expect, test } from './fixtures'

test('sign-in, parent home and teacher class page are operable by role and name', async ({ srv, newUser }) => {
  const page = await newUser()
  await page.goto(`${srv.url}/#/pages/dev-login/index`)
  const parent = demo.parentOfSiblings()
  await visible(page)
    .getByRole('button', { name: `以${demo.nameOf(parent)}的身份进入` })
    .click()
  const home = visible(page)
  await expect(home.getByText('我的孩子').first()).toBeVisible()
  for (const name of ['再绑定一个孩子', '我的授权', /我的提醒/]) await expect(home.getByRole('button', { name }).first()).toBeVisible()

  await signInById(page, srv.url, demo.headTeacher('cls-qs-3-2'))
  await visible(page)
    .getByRole('button', { name: /^三年级2班/ })
    .first()
    .click()
  await expect(visible(page).getByText('学生名单').first()).toBeVisible()
  const student = demo.students.find((s) => s.classId === 'cls-qs-3-2')!
  // Each student can be opened, and a visit proposed, by name (waits for the roster, not just the title).
  await expect(
    visible(page)
      .getByRole('button', { name: new RegExp(student.name) })
      .first(),
  ).toBeVisible()
})

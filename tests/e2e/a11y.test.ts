// The H5 build as assistive technology sees it: the main actions are buttons with names, so a
// screen-reader user (and role-based tools) can find them, not only sighted users with a mouse.
import { demo } from '../support/demo'
import { signInById, useE2E, visible } from './browser'

const e2e = useE2E(60_000)

const nameOf = demo.nameOf

test('sign-in, parent home and teacher class page are operable by role and name', async () => {
  const page = await e2e().newUser()
  await page.goto(`${e2e().srv.url}/#/pages/dev-login/index`)
  const parent = demo.parentOfSiblings()
  await visible(page)
    .getByRole('button', { name: `以${nameOf(parent)}的身份进入` })
    .click()
  const home = visible(page)
  await home.getByText('我的孩子').first().waitFor()
  for (const name of ['再绑定一个孩子', '我的授权', /我的提醒/]) await home.getByRole('button', { name }).first().waitFor()

  await signInById(page, e2e().srv.url, demo.headTeacher('cls-qs-3-2'))
  await visible(page)
    .getByRole('button', { name: /三年级2班/ })
    .first()
    .click()
  await visible(page).getByText('学生名单').first().waitFor()
  const student = demo.students.find((s) => s.classId === 'cls-qs-3-2')!
  // Each student can be opened, and a visit proposed, by name (waits for the roster, not just the title).
  await visible(page)
    .getByRole('button', { name: new RegExp(student.name as string) })
    .first()
    .waitFor()
})

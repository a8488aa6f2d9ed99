// The H5 sign-in page learns from the server whether demo sign-in exists, and says so plainly.
import { see, visible } from './browser'
import { expect, test } from './fixtures'

test('on a school’s own data the sign-in page says demo sign-in is not available, and offers none', async ({ srv, newUser }) => {
  // The same database, no longer marked as the demo seed's: as if it held a school's own data.
  await srv.store.update('meta', 'schema', { demo: false })
  const page = await newUser()
  await page.goto(`${srv.url}/#/pages/dev-login/index`)
  await see(page, '演示登录未开启')
  await see(page, /学校的真实数据，没有演示登录/)
  await expect(visible(page).locator('taro-button-core')).toHaveCount(0)
})

test('on the demo data the same page lists the demo people', async ({ srv, newUser }) => {
  const page = await newUser()
  await page.goto(`${srv.url}/#/pages/dev-login/index`)
  await see(page, '选择演示身份')
  await see(page, '以新微信用户进入')
})

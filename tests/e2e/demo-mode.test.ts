// The H5 sign-in page learns from the server whether demo sign-in exists, and says so plainly.
import { see, useE2E, visible } from './browser'

const e2e = useE2E(60_000)

test('on a school’s own data the sign-in page says demo sign-in is not available, and offers none', async () => {
  const { srv } = e2e()
  // The same database, no longer marked as the demo seed's: as if it held a school's own data.
  await srv.store.update('meta', 'schema', { demo: false })
  try {
    const page = await e2e().newUser()
    await page.goto(`${srv.url}/#/pages/dev-login/index`)
    await see(page, '演示登录未开启')
    await see(page, /学校的真实数据，没有演示登录/)
    expect(await visible(page).locator('taro-button-core').count()).toBe(0)
  } finally {
    await srv.store.update('meta', 'schema', { demo: true })
  }
})

test('on the demo data the same page lists the demo people', async () => {
  const page = await e2e().newUser()
  await page.goto(`${e2e().srv.url}/#/pages/dev-login/index`)
  await see(page, '选择演示身份')
  await see(page, '以新微信用户进入')
})

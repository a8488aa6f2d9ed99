// Each page names itself in the navigation bar (the browser tab in H5), from the page table.
import type { Page } from 'playwright-core'
import { PAGES } from '../../src/core/pages'
import { demo } from '../support/demo'
import { see, signInById, tapItem, useE2E } from './browser'

const e2e = useE2E(60_000)

const titleIs = (page: Page, title: string) => page.waitForFunction((t) => document.title === t, title, { timeout: 15_000 })

test('the teacher’s home and a class page each show their own title', async () => {
  const page = await e2e().newUser()
  await signInById(page, e2e().srv.url, demo.headTeacher('cls-qs-3-2'))
  await see(page, '我的班级')
  await titleIs(page, PAGES.teacherHome.title)
  await tapItem(page, '.card', '三年级2班')
  await see(page, '学生名单')
  await titleIs(page, PAGES.teacherClass.title)
  expect(PAGES.teacherClass.title).not.toBe(PAGES.teacherHome.title)
})

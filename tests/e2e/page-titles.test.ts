// Each page names itself in the navigation bar (the browser tab in H5), from the page table.
import { PAGES } from '../../src/core/pages'
import { demo } from '../support/demo'
import { see, signInById, tapItem } from './browser'
import { expect, test } from './fixtures'

test('the teacher’s home and a class page each show their own title', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, demo.headTeacher('cls-qs-3-2'))
  await see(page, '我的班级')
  await expect(page).toHaveTitle(PAGES.teacherHome.title)
  await tapItem(page, '.card', '三年级2班')
  await see(page, '学生名单')
  await expect(page).toHaveTitle(PAGES.teacherClass.title)
  expect(PAGES.teacherClass.title).not.toBe(PAGES.teacherHome.title)
})

// Issue-2 slice through the built H5 app: each role lands on its own home and sees its own data.
import { demo } from '../support/demo'
import { see, signInAs, signInById, useE2E, tapItem, visible } from './browser'

const e2e = useE2E(60_000)

const nameOf = demo.nameOf

test('teacher: 我的班级 → class → 学生名单 with the students’ names', async () => {
  const page = await e2e().newUser()
  await signInById(page, e2e().srv.url, demo.headTeacher('cls-qs-3-2'))
  await see(page, '我的班级')
  await tapItem(page, '.card', '三年级2班')
  await see(page, '学生名单')
  const first = demo.students.find((s) => s.classId === 'cls-qs-3-2')!
  await see(page, first.name as string)
  expect(await visible(page).locator('.row').count()).toBeGreaterThan(5)
})

test('parent (chosen on the dev sign-in page): 我的孩子 with each child', async () => {
  const page = await e2e().newUser()
  const parent = demo.parentOfSiblings()
  await signInAs(page, e2e().srv.url, nameOf(parent))
  await see(page, '我的孩子')
  for (const id of demo.approvedChildren(parent)) await see(page, demo.students.find((s) => s._id === id)!.name as string)
  expect(await visible(page).locator('.child-card').count()).toBe(demo.approvedChildren(parent).length)
})

test('admin: 学校管理 with the school’s student count; leader: 学校概况; district: 各校概况', async () => {
  const page = await e2e().newUser()
  const students = demo.students.filter((s) => s.schoolId === demo.schoolId).length
  await signInById(page, e2e().srv.url, demo.admin())
  await see(page, '学校管理')
  await see(page, `学生 ${students} 人`)
  await see(page, '名单导入')

  await signInById(page, e2e().srv.url, demo.principal())
  await see(page, '学校概况')
  await see(page, `学生 ${students} 人`)
  // A number taps through to the list behind it: a class row opens its roster.
  await tapItem(page, '.row', '五年级1班')
  await see(page, '学生名单')
  await see(page, demo.students.find((s) => s.classId === 'cls-qs-5-1')!.name as string)

  await signInById(page, e2e().srv.url, demo.district())
  await see(page, '各校概况')
  await see(page, '大武口区青山小学')
  await see(page, '大武口区育才中学')
  // The district reads every school's audit log, from its home.
  await tapItem(page, '.card', '敏感信息查看记录')
  await see(page, /共 \d+ 条|还没有查看记录/)
})

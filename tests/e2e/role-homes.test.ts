// Issue-2 slice through the built H5 app: each role lands on its own home and sees its own data.
import { demo } from '../support/demo'
import { see, signInAs, signInById, tapItem, visible } from './browser'
import { expect, test } from './fixtures'

test('teacher: 我的班级 → class → 学生名单 with the students’ names', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, demo.headTeacher('cls-qs-3-2'))
  await see(page, '我的班级')
  await tapItem(page, '.card', '三年级2班')
  await see(page, '学生名单')
  const first = demo.students.find((s) => s.classId === 'cls-qs-3-2')!
  await see(page, first.name)
  await expect(visible(page).locator('.row').nth(5)).toBeVisible() // more than five rows
})

test('parent (chosen on the dev sign-in page): 我的孩子 with each child', async ({ srv, newUser }) => {
  const page = await newUser()
  const parent = demo.parentOfSiblings()
  await signInAs(page, srv.url, demo.nameOf(parent))
  await see(page, '我的孩子')
  for (const id of demo.approvedChildren(parent)) await see(page, demo.students.find((s) => s._id === id)!.name)
  await expect(visible(page).locator('.child-card')).toHaveCount(demo.approvedChildren(parent).length)
})

test('admin: 学校管理 with the school’s student count; leader: 学校概况; district: 各校概况', async ({ srv, newUser }) => {
  const page = await newUser()
  const students = demo.students.filter((s) => s.schoolId === demo.schoolId).length
  await test.step('admin', async () => {
    await signInById(page, srv.url, demo.admin())
    await see(page, '学校管理')
    await see(page, `学生 ${students} 人`)
    await see(page, '名单导入')
  })

  await test.step('principal: a class row opens its roster', async () => {
    await signInById(page, srv.url, demo.principal())
    await see(page, '学校概况')
    await see(page, `学生 ${students} 人`)
    await tapItem(page, '.cell-tap', '五年级1班')
    await see(page, '学生名单')
    await see(page, demo.students.find((s) => s.classId === 'cls-qs-5-1')!.name)
  })

  await test.step('district: every school, and every school’s audit log', async () => {
    await signInById(page, srv.url, demo.district())
    await see(page, '各校概况')
    await see(page, '大武口区青山小学')
    await see(page, '大武口区育才中学')
    await tapItem(page, '.cell-tap', '敏感信息查看记录')
    await see(page, /共 \d+ 条|还没有查看记录/)
  })
})

// Issue-3 through the built H5 app: the admin imports the roster template, head teachers hand out
// class codes, a first-time grandparent binds two grandchildren in two classes, both are approved.
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { addUnjoinedColleague } from '../support/staff'
import { demo, type DemoStudent } from '../support/demo'
import { expectDisabled, fill, see, signInById, tap, tapItem, textOf, visible } from './browser'
import { expect, test } from './fixtures'

const tmp = mkdtempSync(join(tmpdir(), 'jf-e2e-files-'))

/** Two siblings in different classes of the demo school whose family has nobody on WeChat yet. */
function siblingsWithoutParents() {
  const bound = new Set(demo.bindings.map((b) => b.studentId))
  const byFamily = new Map<string, DemoStudent[]>()
  for (const s of demo.students) byFamily.set(s.familyId, [...(byFamily.get(s.familyId) ?? []), s])
  const kids = [...byFamily.values()].find(
    (k) => k.length === 2 && k[0]!.classId !== k[1]!.classId && k.every((s) => !bound.has(s._id)) && k[0]!.schoolId === demo.schoolId,
  )
  if (!kids) throw new Error('no unbound sibling pair in the demo seed')
  return kids as [DemoStudent, DemoStudent]
}

async function chooseFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await tap(page, /选择文件/)
  await (await chooser).setFiles(path)
}

test('admin downloads the template, a file with errors cannot be imported, the template can', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, demo.admin())
  await see(page, '学校管理')
  await tapItem(page, '.cell-tap', '名单导入')
  await see(page, '第1步：下载模板')

  const download = page.waitForEvent('download')
  await tap(page, '下载模板')
  const template = join(tmp, 'template.xlsx')
  await (await download).saveAs(template)

  // Two rows with the same 学号: listed by row, and 确认导入 is disabled with the reason.
  const header = '学号,姓名,性别,出生年月,年级,班级,监护人1姓名,监护人1关系,监护人1电话'
  const row = (name: string) => `2026019901,${name},男,2019-09,一年级,1班,张建国,父亲,13800000001`
  const bad = join(tmp, 'bad.csv')
  writeFileSync(bad, [header, row('张小明'), row('张小亮')].join('\n'))
  await chooseFile(page, bad)
  await see(page, /第\d+行：.*学号/)
  await see(page, /表格中有 \d+ 处错误/)
  await expectDisabled(page, '确认导入')

  await chooseFile(page, template)
  await see(page, '已选择：')
  await see(page, '第3步：核对预览')
  await see(page, /学生.*新增 \d+ 人/)
  await expect(visible(page).locator('.import-error')).toHaveCount(0)
  await tap(page, '确认导入')
  await expect(visible(page).locator('.dialog').getByText('确认导入？')).toBeVisible()
  await visible(page).locator('.dialog taro-button-core', { hasText: '确认导入' }).click()
  await see(page, '导入完成')
})

/** The seed has other requests waiting too: act on this child's card only. */
async function approve(page: Page, studentName: string) {
  const card = visible(page).locator('.card.pending', { hasText: studentName })
  await card.locator('taro-button-core', { hasText: '通过' }).click()
  await expect(card).toHaveCount(0)
}

test('a grandparent binds two grandchildren in two classes; both head teachers approve; home shows both', async ({ srv, newUser }) => {
  const [older, younger] = siblingsWithoutParents()
  const headA = demo.headTeacher(older.classId)
  const headB = demo.headTeacher(younger.classId)
  const className = demo.className

  // Head teacher A reads the code off the class page; B's comes from the API.
  const teacher = await newUser()
  await signInById(teacher, srv.url, headA)
  await tapItem(teacher, '.card', className(older.classId))
  await tapItem(teacher, '.cell-tap', '家长邀请与审核')
  const codeA = await textOf(visible(teacher).locator('.code-card__code'))
  expect(codeA).toMatch(/^[A-Z0-9]{6,10}$/)
  const b = await srv.call(headB, 'accounts', 'classInvite', { classId: younger.classId })
  const codeB = b.ok ? b.data.code : ''

  // A first-time WeChat user, on their own phone.
  const parent = await newUser()
  await parent.goto(`${srv.url}/#/pages/dev-login/index`)
  await tap(parent, '以新微信用户进入')
  await expect(visible(parent).getByRole('button', { name: '我是老师，输入教师邀请码' })).toBeVisible()
  await visible(parent).getByRole('button', { name: '我是家长，绑定孩子' }).click()

  const bind = async (code: string, kid: DemoStudent, sibling: boolean) => {
    await fill(parent, '6到10位字母或数字', code)
    await tap(parent, '下一步')
    await see(parent, '家访助手隐私保护说明')
    await tapItem(parent, '.check', '监护人同意')
    await tap(parent, '同意并继续')
    await fill(parent, '请输入孩子姓名', kid.name)
    await fill(parent, '请输入孩子学号', kid.studentNo)
    await tapItem(parent, '.chip', '奶奶')
    const me = visible(parent).locator('input[placeholder="请输入您的姓名"]')
    // For a sibling the form keeps who the applicant is.
    if (sibling) await expect(me).toHaveValue('刘秀兰')
    else await me.fill('刘秀兰')
    await tap(parent, '提交绑定申请')
    await see(parent, '已提交，等待班主任审核')
  }
  await bind(codeA, older, false)
  await tap(parent, '再绑定一个孩子')
  await bind(codeB, younger, true)
  await tap(parent, '回到首页')
  await see(parent, '我的孩子')
  await expect(visible(parent).locator('.pending-card')).toHaveCount(2)

  // Each head teacher approves in the UI.
  await teacher.reload()
  await approve(teacher, older.name)
  await signInById(teacher, srv.url, headB)
  await tapItem(teacher, '.card', className(younger.classId))
  await tapItem(teacher, '.cell-tap', '家长邀请与审核')
  await approve(teacher, younger.name)

  await parent.reload()
  await see(parent, '我的孩子')
  await see(parent, older.name)
  await see(parent, younger.name)
  await expect(visible(parent).locator('.child-card')).toHaveCount(2)
  await expect(visible(parent).locator('.pending-card')).toHaveCount(0)
  await expect(visible(parent).locator('.card', { hasText: '还没有绑定孩子' })).toHaveCount(0)
})

test('a head teacher opens a family with a reason; the admin sees the read, invites and (after confirming) revokes staff', async ({
  srv,
  newUser,
}) => {
  const student = demo.specialStudent('cls-qs-3-2')
  const head = demo.headTeacher('cls-qs-3-2')
  const page = await newUser()
  await test.step('the head teacher gives a reason, then reads the family', async () => {
    await signInById(page, srv.url, head)
    await tapItem(page, '.card', '三年级2班')
    await tapItem(page, '.row', student.name)
    await see(page, '请选择查看原因')
    await expectDisabled(page, '查看家庭信息')
    await tapItem(page, '.chip', '家访准备')
    await tap(page, '查看家庭信息')
    await see(page, '监护人')
    await see(page, /1\d{2}\*{4}\d{4}|1\d{10}/) // a phone, masked or full as the server decided
  })

  await test.step('the admin sees the read in the audit log', async () => {
    await signInById(page, srv.url, demo.admin())
    await tapItem(page, '.cell-tap', '敏感信息查看记录')
    await see(page, /共 [1-9]\d* 条/)
    await see(page, '家访准备') // the reason the head teacher gave
    await see(page, '查看家庭信息（含敏感信息）')
  })

  await test.step('the admin invites a teacher, then revokes them after confirming', async () => {
    // Everyone in the demo school has joined: a new colleague, as a roster import would add them.
    const staffId = 'stf-qs-e2e-new'
    await addUnjoinedColleague(srv.store, staffId, '丁一') // first by name: on the first page of the list
    await srv.store.insert('contacts', { _id: `ct-${staffId}`, schoolId: demo.schoolId, ownerType: 'staff', phone: '13900001111' })
    await signInById(page, srv.url, demo.admin())
    await tapItem(page, '.cell-tap', '教职工与邀请')
    const card = visible(page).locator('.card.staff', { hasText: '未加入' }).first()
    const name = await textOf(card.locator('.card__title'))
    await card.locator('taro-button-core', { hasText: '生成邀请码' }).click()
    await see(page, `${name}的教师邀请码`)
    expect(await textOf(visible(page).locator('.code-card__code'))).toMatch(/^[A-Z0-9]{6,10}$/)

    const target = visible(page).locator('.card.staff', { hasText: name })
    await target.getByRole('button', { name: `停用${name}` }).click()
    await expect(visible(page).locator('.dialog').getByText(`停用${name}？`)).toBeVisible()
    await visible(page).locator('.dialog taro-button-core', { hasText: '取消' }).click()
    await expect(visible(page).locator('.dialog')).toHaveCount(0)
    await target.getByRole('button', { name: `停用${name}` }).click()
    await visible(page).locator('.dialog taro-button-core', { hasText: '确定停用' }).click()
    await expect(target.getByText('已停用')).toBeVisible()
  })
})

test('a parent withdraws sensitive consent from 我的授权 only after reading the consequence', async ({ srv, newUser }) => {
  const parent = demo.parentOfSiblings()
  const kid = demo.students.find((s) => s._id === demo.approvedChildren(parent)[0])!
  const page = await newUser()
  await signInById(page, srv.url, parent)
  await see(page, '我的孩子')
  await tapItem(page, '.cell-tap', '我的授权')
  const card = visible(page).locator('.card', { hasText: kid.name }).first()
  await card.locator('.consent', { hasText: '敏感信息' }).locator('taro-button-core', { hasText: '撤回' }).click()
  await expect(visible(page).locator('.dialog').getByText('老师将看不到')).toBeVisible()
  await visible(page).locator('.dialog taro-button-core', { hasText: '确定撤回' }).click()
  await expect(card.locator('.consent', { hasText: '敏感信息' }).getByText(/已撤回/)).toBeVisible()
  await expect(card.locator('.consent', { hasText: '监护人同意' }).getByText(/已同意/)).toBeVisible()
})

test('a head teacher replaces a leaked class code; the old one stops working', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, demo.headTeacher('cls-qs-6-2'))
  await tapItem(page, '.card', '六年级2班')
  await tapItem(page, '.cell-tap', '家长邀请与审核')
  const codeEl = visible(page).locator('.code-card__code')
  const old = await textOf(codeEl)
  await tap(page, '邀请码泄露了？换一个')
  await expect(visible(page).locator('.dialog').getByText('旧邀请码会立即失效')).toBeVisible()
  await visible(page).locator('.dialog taro-button-core', { hasText: '换新邀请码' }).click()
  await expect(visible(page).locator('.code-card__code', { hasText: old })).toHaveCount(0)
  const fresh = await textOf(codeEl)
  expect(fresh).toMatch(/^[A-Z0-9]{6,10}$/)
  const parent = await srv.newcomer()
  expect(await srv.call(parent, 'accounts', 'lookupClassInvite', { code: old })).toMatchObject({
    ok: false,
    error: { code: 'INVITE.INVALID' },
  })
  expect(await srv.call(parent, 'accounts', 'lookupClassInvite', { code: fresh })).toMatchObject({ ok: true })
})

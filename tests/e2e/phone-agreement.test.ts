// 电话已约好 through the built H5 app: the head teacher picks the guardian they spoke to from chips
// (never types a name); a family with no registered guardian is sent to register one first.
import type { Page } from '@playwright/test'
import { RELATION_LABELS } from '../../src/core/model/family.schema'
import { chipInstant, dayChips } from '../../src/client/visit-time'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { fill, see, signInById, tap, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-4-2'
const head = demo.headTeacher(CLASS_ID)
type D = (typeof demo.students)[number]
type G = (typeof demo.guardians)[number]
/** Children of the class whose families have no parent on WeChat: visits are agreed by phone. */
const offline = demo.students.filter((s) => s.classId === CLASS_ID && !demo.bindings.some((b) => b.studentId === s._id))
const guardiansOf = (s: D) => demo.guardians.filter((g) => g.familyId === s.familyId)
const days = dayChips(E2E_NOW)

async function proposeTo(srv: TestServer, student: D, dayIndex: number): Promise<string> {
  const startAt = chipInstant(days[dayIndex]!.value, '15:00')
  const option = { startAt: startAt.format(), endAt: startAt.add(1, 'hour').format(), format: 'home' as const, place: null }
  const v = ok(await srv.call(head, 'visits', 'propose', { studentId: student._id, topic: '了解孩子近况', options: [option] }))
  return v.visitId
}

async function pickTime(page: Page, dayIndex: number, time: string) {
  await tapItem(page, '.chip', days[dayIndex]!.label)
  await visible(page)
    .locator('.chip', { hasText: new RegExp(`^${time}$`) })
    .click()
}

const chipLabel = (g: G) => `${g.name}（${RELATION_LABELS[g.relation]}）`

test('the teacher names the guardian they spoke to by tapping one of the family’s registered guardians', async ({ srv, newUser }) => {
  const kid = offline[0]!
  const visitId = await proposeTo(srv, kid, 3)
  const t = await newUser()
  await signInById(t, srv.url, head)
  await see(t, '本周家访') // signed in and home: the entry page's own redirect is done
  await t.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  await see(t, '家长收不到：这个家庭还没有人绑定微信') // nobody in this family is on WeChat
  await tap(t, '电话已约好')
  for (const g of guardiansOf(kid)) await see(t, chipLabel(g))
  await expect(visible(t).locator('input[placeholder="家长姓名"]')).toHaveCount(0) // no free text

  await pickTime(t, 4, '16:00')
  await tap(t, '记录电话约定')
  await see(t, '请选择电话里约好的是哪位家长')
  const chosen = guardiansOf(kid).at(-1)!
  await tapItem(t, '.chip', chipLabel(chosen))
  await tap(t, '记录电话约定')
  await see(t, '确认回执')
  await see(t, '电话约定（老师记录）')
  await see(t, '家长电话确认（老师代记）') // not "家长确认", as if the parent had tapped it
  await expect(visible(t).locator('.kv__key', { hasText: /^家长确认$/ })).toHaveCount(0)
  await see(t, chosen.name)
})

test('a family with no registered guardian: the teacher is told why and registers one, then records the agreement', async ({
  srv,
  newUser,
}) => {
  const kid = offline[1]!
  for (const g of guardiansOf(kid)) await srv.store.remove('guardians', g._id)
  const visitId = await proposeTo(srv, kid, 5)
  const t = await newUser()
  await signInById(t, srv.url, head)
  await see(t, '本周家访') // signed in and home: the entry page's own redirect is done
  await t.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  await tap(t, '电话已约好')
  await see(t, '这个孩子还没有登记家长')
  await expect(visible(t).locator('taro-button-core', { hasText: '记录电话约定' })).toHaveCount(0)

  await tap(t, '登记没有智能手机的家长')
  await see(t, '登记无智能手机的家长')
  await tapItem(t, '.chip', kid.name)
  await fill(t, '请输入家长姓名', '王德福')
  await tapItem(t, '.chip', /^爷爷$/)
  await tap(t, /^登记$/)
  await see(t, `已为${kid.name}登记爷爷王德福`)

  // Back on the visit page, the new guardian is there to pick.
  await t.goBack()
  await see(t, '王德福（爷爷）')
  await pickTime(t, 6, '16:00')
  await tapItem(t, '.chip', '王德福（爷爷）')
  await tap(t, '记录电话约定')
  await see(t, '确认回执')
  await see(t, '王德福')
})

// 家访档案 (issue 11): a visit held and recorded (through the server); the head teacher opens the archive from
// the visit page and sees the whole record; the parent opens 家访记录 from their home and sees the shared
// summary, never the internal note. Screenshots on a small phone and at 150 % text.
import type { Visit } from '../../src/core/model/visit.schema'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { completePrep, sampleRecord } from '../support/record'
import { ok, type TestServer } from '../support/test-server'
import { slot } from '../support/visits'
import { see, signInById, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { openArchive } from './visit-steps'

const CLASS_ID = 'cls-qs-3-2'
const head = demo.headTeacher(CLASS_ID)
const family = demo.familiesOf(CLASS_ID)[0]!
const NOTE = '内部：家长工作忙，下次换周末'
const SUMMARY = '孩子在校积极向上，我们约定每天一起阅读。'
const PHONE = { width: 375, height: 667 }

/** Proposed and agreed through the server, moved to yesterday (the server's clock is frozen), then recorded. */
async function recordedVisit(srv: TestServer) {
  const { visitId } = ok(
    await srv.call(head, 'visits', 'propose', {
      studentId: family.student._id,
      topic: '了解孩子近况',
      options: [slot('03', '15:00', '16:00')],
    }),
  )
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId }))
  ok(
    await srv.call(family.parent, 'visits', 'respond', {
      visitId,
      version: p.version,
      command: { kind: 'accept', optionId: p.options[0]!.id },
    }),
  )
  const [visit] = (await srv.direct.find('visits', { where: { _id: visitId }, limit: 1 })) as unknown as Visit[]
  const option = { ...visit!.agreed!.option, startAt: '2026-11-30T07:00:00.000Z', endAt: '2026-11-30T08:00:00.000Z' }
  await srv.direct.update('visits', visitId, { agreed: { ...visit!.agreed!, option }, startAt: option.startAt })
  await completePrep(srv, visitId, demo.schoolId)
  ok(await srv.call(head, 'visits', 'submitRecord', { visitId, record: sampleRecord() }))
  return visitId
}

test('the head teacher opens 家访档案 from the visit and sees the whole record', async ({ srv, newUser }) => {
  const visitId = await recordedVisit(srv)
  const page = await newUser()
  await page.setViewportSize(PHONE)
  await signInById(page, srv.url, head)
  await see(page, '我的班级')
  await page.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  const archive = await openArchive(page, `${family.student.name}的家访档案`, '您可以看到完整的家访记录')
  await expect(archive).toContainText(SUMMARY)
  await expect(archive).toContainText(NOTE)
  await expect(archive).toContainText('2026年11月30日 15:00')
  await expect(visible(page).locator('taro-button-core', { hasText: '打印' })).toBeVisible()
  await expect(visible(page).locator('taro-button-core', { hasText: '导出 Excel' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('archive-staff-375.png') })
})

test('the parent opens 家访记录 and sees the shared summary, not the internal note', async ({ srv, newUser }) => {
  await recordedVisit(srv)
  const page = await newUser()
  await page.setViewportSize(PHONE)
  await signInById(page, srv.url, family.parent)
  await see(page, '我的孩子')
  const archive = await openArchive(page, `${family.student.name}的家访记录`, '老师和您分享的家访小结')
  await expect(archive).toContainText(SUMMARY)
  await expect(archive).toContainText('数学课上爱动脑筋')
  await expect(archive).not.toContainText(NOTE)
  await expect(archive).not.toContainText('可以多做些家务')
  await expect(visible(page).locator('taro-button-core', { hasText: '导出 Excel' })).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('archive-parent-375.png') })
})

test('at 150 % text both views stay readable', async ({ srv, newUser }) => {
  await recordedVisit(srv)
  for (const [who, name] of [
    [head, 'staff'],
    [family.parent, 'parent'],
  ] as const) {
    const page = await newUser()
    await page.setViewportSize(PHONE)
    await setTextScale(page, 150)
    await signInById(page, srv.url, who)
    await see(page, who === head ? '我的班级' : '我的孩子')
    await page.goto(`${srv.url}/#${pagePath('visitArchive', { studentId: family.student._id, name: family.student.name })}`)
    await expect(visible(page).locator('.archive')).toContainText(SUMMARY)
    const overflow = await visible(page).evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: test.info().outputPath(`archive-${name}-150.png`) })
  }
})

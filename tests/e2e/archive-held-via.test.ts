// A video visit that fell back to the phone shows the way actually used in 家访档案 (视频家访（实际：电话）).
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import { slot } from '../support/visits'
import { see, signInById, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { openArchive } from './visit-steps'

const CLASS_ID = 'cls-qs-2-1'
const head = demo.headTeacher(CLASS_ID)
const family = demo.familiesOf(CLASS_ID)[0]!

test('the archive says a video visit was held by phone', async ({ srv, newUser }) => {
  const v = ok(
    await srv.call(head, 'visits', 'propose', {
      studentId: family.student._id,
      topic: '了解近况',
      options: [slot('01', '19:00', '19:30', 'video')],
    }),
  )
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId: v.visitId }))
  ok(
    await srv.call(family.parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: p.version,
      command: { kind: 'accept', optionId: p.options[0]!.id },
    }),
  )
  ok(await srv.call(head, 'video', 'fallback', { visitId: v.visitId, via: 'phone' }))
  const page = await newUser()
  await page.setViewportSize({ width: 375, height: 667 })
  await signInById(page, srv.url, head)
  await see(page, '我的班级')
  await page.goto(`${srv.url}/#${pagePath('visitDetail', { id: v.visitId })}`)
  const archive = await openArchive(page, `${family.student.name}的家访档案`, '您可以看到完整的家访记录')
  await expect(archive).toContainText('视频家访（实际：电话）')
  // Screenshots on the archive page itself (opened directly, no page transition under way), at 100 % and 150 % text.
  for (const scale of [100, 150]) {
    const shot = await newUser()
    await shot.setViewportSize({ width: 375, height: 667 })
    await setTextScale(shot, scale)
    await signInById(shot, srv.url, head)
    await see(shot, '我的班级')
    await shot.goto(`${srv.url}/#${pagePath('visitArchive', { studentId: family.student._id, name: family.student.name })}`)
    await expect(visible(shot).locator('.archive')).toContainText('视频家访（实际：电话）')
    expect(await visible(shot).evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    await shot.screenshot({ path: test.info().outputPath(`archive-held-via-${scale}.png`) })
  }
})

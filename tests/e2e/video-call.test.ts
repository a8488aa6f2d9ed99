// A video visit in two real browsers (fake camera and microphone, WebRTC over loopback): the parent
// waits with a device check, the teacher sees them and starts, both see each other's video; audio
// only; the parent’s network drops and the call comes back; the teacher ends it for everyone and
// lands on the record form. An outsider with the visit's id finds nothing. Screens at 375×667 and 150 %.
import type { Page, TestInfo } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { see } from './browser'
import { setTextScale } from './every-page'
import { button, callHook, expect, expectAccessible, framesIn, openRoom, seesVideo, test, videoToday } from './video-support'

const CLASS_ID = 'cls-qs-2-1'
const teacherId = demo.headTeacher(CLASS_ID)
const [family, other] = demo.familiesOf(CLASS_ID)

async function shot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`) })
}

/** The same screen again at 150 % text (a grandparent's phone). */
async function shotLarge(page: Page, info: TestInfo, name: string, ready: string) {
  await setTextScale(page, 150)
  await page.reload()
  await see(page, ready)
  await shot(page, info, `${name}-150`)
}

test('parent waits, teacher starts, both see video; audio only; a dropped network comes back; 结束通话 ends it for all', async ({
  srv,
  phone,
}, info) => {
  const visitId = await videoToday(srv, teacherId, family!)
  const parent = await phone(family!.parent)
  const teacher = await phone(teacherId)

  await test.step('the parent waits: when, keep the page open, camera and microphone work', async () => {
    await parent.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
    await button(parent, /进入视频等候室/).click()
    await see(parent, '老师将在 10:30 发起视频，请保持此页面打开')
    await see(parent, '✓ 摄像头可以用')
    await see(parent, '✓ 麦克风可以用')
    await shot(parent, info, 'guest-waiting')
    await expectAccessible(parent)
    await shotLarge(parent, info, 'guest-waiting', '✓ 麦克风可以用')
  })

  await test.step('the teacher enters from the visit page and sees the parent waiting, devices working', async () => {
    await teacher.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
    await button(teacher, /进入视频家访/).click()
    await see(teacher, '1 位家长在等候')
    await see(teacher, '在等候 · 摄像头、麦克风正常')
    await shot(teacher, info, 'host-waiting')
    await expectAccessible(teacher)
  })

  await test.step('开始视频: the parent joins by itself; each side decodes the other’s video', async () => {
    await button(teacher, '开始视频').click()
    await seesVideo(teacher, 1)
    await seesVideo(parent, 1)
    await see(parent, '挂断')
    await shot(parent, info, 'guest-in-call')
    await shot(teacher, info, 'host-in-call')
    await expectAccessible(parent)
    await expectAccessible(teacher)
  })

  await test.step('只用声音: the teacher is told; the parent sends no video; 恢复视频 brings it back', async () => {
    await button(parent, '只用声音').click()
    await see(teacher, '· 只用声音')
    await expect.poll(() => callHook.sendsVideo(parent)).toBe(false)
    await button(parent, '恢复视频').click()
    await expect(teacher.getByText('· 只用声音')).toHaveCount(0)
    const before = (await framesIn(teacher))[0] ?? 0
    await seesVideo(teacher, 1, before)
  })

  await test.step('the parent’s network drops: the call comes back on new connections, the visit goes on', async () => {
    await callHook.drop(parent)
    await expect.poll(() => callHook.reconnected(parent)).toBe(true)
    await seesVideo(parent, 1)
    await seesVideo(teacher, 1)
    await see(parent, '挂断')
  })

  await test.step('结束通话 (after confirming) hangs up everyone; the teacher gets the record form', async () => {
    await button(teacher, '结束通话').click()
    await see(teacher, '所有人的通话都会挂断。结束后请填写家访记录。')
    await teacher.getByRole('dialog').getByRole('button', { name: '结束通话' }).click()
    await see(teacher, '一、家庭情况')
    await see(parent, '通话已结束，谢谢您')
    await expect.poll(() => callHook.active(parent)).toBe(false)
  })
  void other
})

test('a parent of another family, with this visit’s id, finds nothing', async ({ srv, phone }) => {
  const visitId = await videoToday(srv, teacherId, family!)
  const outsider = await phone(other!.parent)
  await openRoom(outsider, srv, visitId)
  await see(outsider, '找不到这个页面的内容')
  await expect(outsider.getByText('开始视频')).toHaveCount(0)
})

test('a home visit: the teacher can bring in a parent far away by video (请远方的家长视频加入)', async ({ srv, phone }) => {
  const visitId = await videoToday(srv, teacherId, other!, 'home')
  const teacher = await phone(teacherId)
  await teacher.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  await button(teacher, '请远方的家长视频加入').click()
  await see(teacher, '家长还没有进入等候室')
  await expect(button(teacher, '开始视频')).toBeVisible()
})

// Three in one call (the teacher, a co-visiting colleague, the parent): a full mesh, each browser
// decoding the other two's video; at the agreed end a gentle note that does not cut the call.
import type { Page, TestInfo } from '@playwright/test'
import { demo } from '../support/demo'
import { see } from './browser'
import { setTextScale } from './every-page'
import { button, callHook, expect, ok, openRoom, seesVideo, test, videoToday } from './video-support'

const CLASS_ID = 'cls-qs-1-1'
const teacherId = demo.headTeacher(CLASS_ID)
const colleagueId = demo.withRole('leader')
const family = demo.familiesOf(CLASS_ID)[0]!

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`) })

test('teacher, co-visitor and parent: each sees both others; the agreed end is a note, not a hang-up', async ({ srv, phone }, info) => {
  const visitId = await videoToday(srv, teacherId, family)
  const { requestId } = ok(await srv.call(colleagueId, 'visits', 'requestJoin', { studentId: family.student._id }))
  ok(await srv.call(teacherId, 'visits', 'answerJoin', { requestId, accept: true }))
  const parent = await phone(family.parent)
  const teacher = await phone(teacherId)
  const colleague = await phone(colleagueId)
  await setTextScale(teacher, 150)

  await openRoom(parent, srv, visitId)
  await see(parent, '✓ 摄像头可以用')
  await openRoom(teacher, srv, visitId)
  await see(teacher, '在等候 · 摄像头、麦克风正常')
  await shot(teacher, info, 'host-waiting-150')
  await button(teacher, '开始视频').click()
  await seesVideo(parent, 1)

  await test.step('the co-visitor joins the running call: everyone decodes two pictures', async () => {
    await openRoom(colleague, srv, visitId)
    for (const p of [teacher, parent, colleague]) await seesVideo(p, 2)
    await shot(parent, info, 'three-way-guest')
  })

  await test.step('past the agreed end (11:00) the teacher sees a gentle note; the call goes on', async () => {
    await teacher.clock.setFixedTime(new Date('2026-12-01T03:05:00.000Z'))
    await see(teacher, '已到约定的结束时间 11:00，可以说完再结束，不会自动挂断')
    await expect(button(teacher, '结束通话')).toBeVisible()
    await shot(teacher, info, 'host-in-call-150')
  })

  await test.step('the parent hangs up: only the parent leaves; the two teachers stay connected', async () => {
    await button(parent, '挂断').click()
    await see(parent, '通话已结束，谢谢您')
    await expect.poll(() => callHook.peerCount(teacher)).toBe(1)
    await seesVideo(colleague, 1)
  })
})

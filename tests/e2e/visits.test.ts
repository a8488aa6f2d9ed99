// Issue-4 through the built H5 app, two phones: the head teacher proposes, the parent counter-offers,
// the teacher accepts, both see the receipt; the parent subscribes and gets the day-before reminder;
// the parent reschedules and the teacher cancels with a reason. Real server clock, days from today.
import type { Page } from 'playwright-core'
import { demo } from '../support/demo'
import { chipInstant, dayChips } from '../../src/client/visit-time'
import { expectCount, fill, see, signInById, useE2E, tap, tapItem, visible } from './browser'

const e2e = useE2E(120_000)

const CLASS_ID = 'cls-qs-3-2'
const className = (demo.data.classes as any[]).find((c) => c._id === CLASS_ID)!.name as string
const teacherId = demo.headTeacher(CLASS_ID)
const teacherName = demo.staffOf(teacherId).name as string

/** An approved parent in the head teacher's class, whose child is on the first page of the class list. */
const family = (() => {
  const approved = (demo.data.bindings as any[]).filter((b) => b.status === 'approved' && b.classId === CLASS_ID)
  const kids = approved.map((b) => ({ parent: b.userId as string, student: demo.students.find((s) => s._id === b.studentId)! }))
  return kids.sort((a, b) => String(a.student.studentNo).localeCompare(String(b.student.studentNo)))[0]!
})()

const days = dayChips(new Date())
const day = (n: number) => days[n]!

/** One time option on the chip picker that is open. */
async function pickOption(page: Page, dayIndex: number, time: string, format?: string) {
  await tapItem(page, '.chip', day(dayIndex).label)
  await visible(page)
    .locator('.chip', { hasText: new RegExp(`^${time}$`) })
    .click()
  if (format)
    await visible(page)
      .locator('.chip', { hasText: new RegExp(`^${format}$`) })
      .click()
}

const buttons = (page: Page, text: string) => visible(page).locator('taro-button-core', { hasText: text })

test('propose → counter → accept → receipt → reminder → reschedule → cancel, on two phones', async () => {
  const t = await e2e().newUser()
  const p = await e2e().newUser()

  // Teacher: class list → 发起家访 on the child's row → two options.
  await signInById(t, e2e().srv.url, teacherId)
  await see(t, '本周家访')
  await tapItem(t, '.card', className)
  await see(t, '学生名单')
  await visible(t).locator('.row', { hasText: family.student.name }).locator('.row__action').click()
  await see(t, '发起家访')
  await fill(t, '一句话：想和家长聊什么', '聊聊孩子的阅读习惯')
  await pickOption(t, 3, '15:00')
  await tap(t, '再加一个时间')
  await pickOption(t, 4, '19:00', '视频')
  await tap(t, '发给家长')
  await see(t, '已发给家长，等家长回复')
  await expectCount(buttons(t, '选这个时间'), 0) // never the other side's confirm button
  await expectCount(visible(t).locator('.option-card'), 2)
  await expectCount(buttons(t, '接收提醒'), 1) // teachers can ask for reminders too

  // Parent: the proposal is the first thing on the home page, in plain words.
  await signInById(p, e2e().srv.url, family.parent)
  await see(p, '等您回复')
  await see(p, `${teacherName}老师想来家访，给了2个时间`)
  await tap(p, '去回复')
  await see(p, '老师想在')
  await see(p, '到家里来看看孩子')
  await expectCount(buttons(p, '选这个时间'), 2)
  await expectCount(buttons(p, '不方便入户，改用其他方式'), 1)
  await expectCount(buttons(p, '电话已约好'), 0) // a teacher's action

  // Parent counter-offers one evening on day 5.
  await tap(p, '另约时间')
  await pickOption(p, 5, '16:00')
  await fill(p, '想对老师说的话', '那天下午家里有人')
  await tap(p, '发给老师')
  await see(p, '已发给老师，等老师回复')
  await see(p, '要不要提醒您？')
  await tap(p, '不用了')
  await expectCount(buttons(p, '选这个时间'), 0)

  // Teacher accepts the parent's time; the receipt shows.
  await t.reload()
  await see(t, '家长回复了，请您确认')
  await see(t, '那天下午家里有人')
  await tap(t, '选这个时间')
  await see(t, '确认回执')
  await see(t, family.student.name)

  // Teacher's agenda: the agreed visit on its day of the week strip.
  const [, month, date] = day(5).value.split('-').map(Number)
  await t.goto(`${e2e().srv.url}/#/packages/teacher/pages/home/index`)
  await tapItem(t, '.card', '本周家访')
  await see(t, '已约好的家访')
  await tapItem(t, '.week__day', `${month}/${date}`)
  await see(t, /^1个$/)
  await tapItem(t, '.visit-card', family.student.name)
  await see(t, '确认回执')

  // Parent sees the same receipt, then subscribes with a tap.
  await p.reload()
  await see(p, '确认回执')
  await see(p, '隐私告知版本')
  await tap(p, '接收提醒')
  await see(p, '要不要提醒您？')
  await tap(p, '接收提醒')
  await see(p, '已开启提醒')

  // The reminder job, as if it ran 23 hours before the visit.
  const start = chipInstant(day(5).value, '16:00')
  const run = await e2e().srv.post('/dev/scheduler/run', { now: start.subtract(23, 'hour').toISOString() })
  expect(run.json.ok).toBe(true)
  await p.goto(`${e2e().srv.url}/#/packages/parent/pages/home/index`)
  await see(p, /我的提醒（\d+条未读）/)
  await tap(p, '我的提醒')
  await see(p, '明天有家访')
  await tapItem(p, '.inbox-item', '明天有家访') // marks it read and opens the visit

  // Parent asks to reschedule; the teacher cancels with a reason (asked to confirm first).
  await see(p, '确认回执')
  await tap(p, '改期')
  await pickOption(p, 6, '10:00')
  await tap(p, '发给老师')
  await see(p, '已发给老师，等老师回复')

  await t.reload()
  await see(t, '家长回复了，请您确认')
  await see(t, '申请改期')
  await tap(t, '取消家访')
  await fill(t, '请写一句取消的原因', '学校临时安排培训')
  await tap(t, '取消家访')
  await see(t, '确定取消这次家访吗？')
  await tap(t, '确定取消')
  await see(t, '这次家访已取消')
  await expectCount(visible(t).locator('.visit-actions taro-button-core'), 0)

  await p.reload()
  await see(p, '老师取消了家访，原因：学校临时安排培训')
})

// The district's unpublished questionnaire draft is kept on the device: typed, left (a call, 返回) and
// opened again, it comes back with a notice; 放弃草稿 asks first, then it is gone; publishing removes it.
// If a colleague published its number meanwhile, the draft still comes back, under the next number.
import { pagePath } from '../../src/core/pages'
import { QUESTIONNAIRE_V1 } from '../../src/core/survey/questionnaire.v1'
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import type { Page } from '@playwright/test'
import { see, tap, visible } from './browser'
import { expect, test } from './fixtures'
import { box, newDraft, openVersions, phone, press, publish, savedDraftKeys, shot } from './survey-versions-steps'

const RESTORED = '已恢复上次未发布的草稿'

/** 返回 to the list, then 从当前版本新建一版 again: the draft page as it opens now. */
async function leaveAndReopen(page: Page, heading: string) {
  await press(page, '返回上一页')
  await see(page, '当前使用')
  await newDraft(page, heading)
}

/** The boxes hold these texts (by label), and the notice is there or not. */
async function expectDraft(page: Page, values: Record<string, string>, restored: boolean) {
  for (const [label, value] of Object.entries(values)) await expect(box(page, label)).toHaveValue(value)
  await expect(visible(page).getByText(RESTORED)).toHaveCount(restored ? 1 : 0)
}

test('typed, left and opened again, the draft comes back; 放弃草稿 asks, then it is gone', async ({ srv, newUser }) => {
  const d = await phone(newUser)
  await openVersions(d, srv.url)
  await newDraft(d, '新版本 v2')
  await expectDraft(d, { 问卷标题: '家访回访问卷' }, false)
  await box(d, '问卷标题').fill('家访回访问卷（第二版）')
  await press(d, '＋ 加一道是否题')
  await box(d, '第7题 题目').fill('家访的时间对您方便吗？')
  // Left at once (no pause after typing): what was typed last is kept as the page closes.
  await leaveAndReopen(d, '新版本 v2：从当前使用的 v1 复制而来')
  expect(await savedDraftKeys(d)).toHaveLength(1)
  await expectDraft(d, { 问卷标题: '家访回访问卷（第二版）', '第7题 题目': '家访的时间对您方便吗？' }, true)
  await shot(d, 'restored-100.png')
  await press(d, '放弃草稿')
  await see(d, '放弃草稿？')
  await see(d, '上次没有发布的修改会全部删掉，从当前使用的 v1 重新开始。')
  await shot(d, 'discard-confirm-100.png')
  await tap(d, '放弃草稿')
  await expectDraft(d, { 问卷标题: '家访回访问卷' }, false)
  await expect(box(d, '第7题 题目')).toHaveCount(0)
  expect(await savedDraftKeys(d)).toEqual([])
  // Gone for good: opened again, the page starts from v1 without a notice.
  await d.reload()
  await see(d, '新版本 v2：从当前使用的 v1 复制而来')
  await expectDraft(d, { 问卷标题: '家访回访问卷' }, false)
})

test('at 150 %: a colleague publishes v2 meanwhile, the draft comes back as v3; published, it is gone', async ({ srv, newUser }) => {
  const d = await phone(newUser, 150)
  await openVersions(d, srv.url)
  await newDraft(d, '新版本 v2')
  await box(d, '问卷标题').fill('家访回访问卷（第二版）')
  await box(d, '第2题 选项1').fill('非常满意')
  ok(await srv.call(demo.district(), 'surveys', 'publishQuestionnaire', { definition: { ...QUESTIONNAIRE_V1, version: 'v2' } }))
  await leaveAndReopen(d, '新版本 v3：从 v1 复制而来（现在使用的是 v2）')
  await see(d, `${RESTORED}（期间已经发布了 v2，这份草稿改为 v3；草稿是从 v1 改的，现在使用的是 v2）`)
  await expectDraft(d, { 问卷标题: '家访回访问卷（第二版）', '第2题 选项1': '非常满意' }, true)
  await shot(d, 'restored-renumbered-150.png')
  await tap(d, '预览家长看到的问卷')
  await publish(d, 'v3')
  await see(d, '问卷版本 v3')
  expect(await savedDraftKeys(d)).toEqual([])
  const [v3] = await srv.direct.find('questionnaire_versions', { where: { version: 'v3' }, limit: 1 })
  expect(v3).toMatchObject({ definition: { title: '家访回访问卷（第二版）' } })
  await d.goto(`${srv.url}/#${pagePath('districtSurveyDraft')}`)
  // (Which of v2 and v3 is in use is not asserted: the frozen test clock gives them the same instant.)
  await see(d, '新版本 v4')
  await expect(visible(d).getByText(RESTORED)).toHaveCount(0)
})

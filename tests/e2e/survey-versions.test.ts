// The district's questionnaire versions in the H5 app: from the district home to the list (v1 in use),
// a new version drafted from it: a question deleted, one added, an option reworded; blank fields named
// in plain Chinese; a preview as parents see it; a confirmation that says published versions are final.
// A record submitted afterwards sends v2, and the parent answers v2 (the new question, not the deleted one).
import { pagePath } from '../../src/core/pages'
import { QUESTIONNAIRE_V1 } from '../../src/core/survey/questionnaire.v1'
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import { see, signInById, slidIn, tap, visible } from './browser'
import { expect, test } from './fixtures'
import { family, recordedToday, sendQuestionnaires } from './survey-steps'
import { answer, box, fillQuestion, newDraft, openVersions, phone, press, previewRefused, publish, shot } from './survey-versions-steps'

test('the district publishes v2; the next record sends it; the parent answers it', async ({ srv, newUser }) => {
  const d = await phone(newUser)
  await test.step('the list: v1 built in and in use; opened, it shows what parents see', async () => {
    await openVersions(d, srv.url)
    await see(d, 'v1 · 家访回访问卷')
    await see(d, '6道题 · 系统内置版本')
    await shot(d, 'versions-100.png')
    await press(d, /^v1 家访回访问卷/)
    await see(d, '家长看到的样子')
    await see(d, '您对这次家访总体满意吗？')
    await slidIn(d)
    await shot(d, 'version-v1-100.png')
    await tap(d, '从这一版新建')
    await see(d, '新版本 v2：从当前使用的 v1 复制而来')
    await slidIn(d)
    await shot(d, 'draft-top-100.png')
  })
  await test.step('edit: delete 第4题, add a yes/no question, reword an option; blanks are named', async () => {
    await box(d, '问卷标题').fill('家访回访问卷（第二版）')
    await press(d, '删除第4题')
    await expect(visible(d).getByText('是否先谈优点')).toHaveCount(0)
    await press(d, '＋ 加一道是否题')
    await see(d, '第6题 · 是否题')
    const blanks = ['还有2处要改，改好后才能预览和发布：', '第6题的题目：请填写这一项', '第6题的简称：请填写这一项']
    await previewRefused(d, blanks, 'draft-problems-100.png')
    await fillQuestion(d, 6, { prompt: '家访的时间对您方便吗？', label: '时间是否方便', required: true })
    await box(d, '第2题 选项1').fill('非常满意')
    await visible(d).getByText('第6题 · 是否题').scrollIntoViewIfNeeded()
    await shot(d, 'draft-new-question-100.png')
  })
  await test.step('preview as the parent sees it; the confirmation says a published version is final', async () => {
    await tap(d, '预览家长看到的问卷')
    await see(d, '预览 v2：发布后这一版不能再修改，也不能撤回')
    const preview = visible(d).getByLabel('家长看到的问卷')
    await expect(preview).toContainText('家访的时间对您方便吗？')
    await expect(preview).toContainText('非常满意')
    await expect(preview).toContainText('老师记录的家访是12月3日（周四）下午3:00，入户')
    await expect(preview).not.toContainText('是否先谈优点')
    await shot(d, 'preview-100.png')
    await publish(d, 'v2', { confirmShot: 'confirm-100.png' })
    await see(d, '当前使用：新提交的家访记录发这一版')
    await see(d, '家访的时间对您方便吗？')
    await slidIn(d)
    await shot(d, 'published-v2-100.png')
    await d.goto(`${srv.url}/#${pagePath('districtSurveyVersions')}`)
    await see(d, 'v2 · 家访回访问卷（第二版）')
    await expect(visible(d).getByRole('button', { name: /^v2 .*当前使用/ })).toBeVisible()
    await expect(visible(d).getByRole('button', { name: /^v1 .*当前使用/ })).toHaveCount(0)
    await shot(d, 'versions-after-100.png')
    expect(await srv.direct.count('questionnaire_versions', {})).toBe(1)
  })
  await test.step('a record submitted afterwards sends v2; the parent answers it at 150 %', async () => {
    await recordedToday(srv)
    expect((await sendQuestionnaires(srv)).surveySent).toBe(1)
    const [sent] = await srv.direct.find('questionnaires', { where: { userId: family.parent }, limit: 5 })
    expect(sent).toMatchObject({ version: 'v2' })
    const p = await phone(newUser, 150)
    await signInById(p, srv.url, family.parent)
    await tap(p, '去评价')
    await see(p, '家访的时间对您方便吗？')
    await expect(visible(p)).not.toContainText('是先从孩子的优点和进步谈起的吗')
    await answer(p, {
      家访是否属实: '是的，和记录一样',
      总体满意度: '非常满意',
      老师是否尊重: '是',
      是否有送礼吃请: '否',
      时间是否方便: '是',
    })
    await tap(p, '提交')
    await see(p, '谢谢您！')
    const [stored] = await srv.direct.find('survey_answers', { where: { userId: family.parent }, limit: 5 })
    expect(stored).toMatchObject({ version: 'v2', satisfaction: 'satisfied', values: { q1: true } })
  })
})

test('the district screens at 150 % text', async ({ srv, newUser }) => {
  const d = await phone(newUser, 150)
  await openVersions(d, srv.url)
  await shot(d, 'versions-150.png')
  await newDraft(d, '新版本 v2')
  await shot(d, 'draft-top-150.png')
  await visible(d).getByText('第2题 · 单选题').scrollIntoViewIfNeeded()
  await shot(d, 'draft-locked-question-150.png')
  await press(d, '＋ 加一道单选题')
  await previewRefused(d, ['第7题的第1个选项：请填写这一项'], 'draft-problems-150.png')
  await press(d, '删除第7题')
  await tap(d, '预览家长看到的问卷')
  await see(d, '预览 v2')
  await shot(d, 'preview-150.png')
  // A colleague publishes v2 first: this draft becomes v3 and is confirmed again.
  const colleague = async () => {
    ok(await srv.call(demo.district(), 'surveys', 'publishQuestionnaire', { definition: { ...QUESTIONNAIRE_V1, version: 'v2' } }))
  }
  await publish(d, 'v2', { confirmShot: 'confirm-150.png', meanwhile: colleague })
  await see(d, 'v2 刚刚已经发布过了，这一版改为 v3，请再看一遍后发布')
  await shot(d, 'renumbered-150.png')
  await publish(d, 'v3')
  // (Not "当前使用" here: the frozen test clock gives v2 and v3 the same instant.)
  await see(d, '问卷版本 v3')
  await see(d, `2026年12月1日 10:00 ${demo.nameOf(demo.district())}发布`)
  expect((await srv.direct.find('questionnaire_versions', { limit: 5 })).map((v) => v.version).sort()).toEqual(['v2', 'v3'])
})

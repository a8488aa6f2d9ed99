// Steps of a visit that several E2E tests walk through the H5 app: open a page as someone, ask a
// colleague for a note and answer it, complete the prep pack, pick the record's topics, open the archive.
import type { Locator, Page } from '@playwright/test'
import { demo } from '../support/demo'
import { see, signInById, tap, visible } from './browser'
import { setTextScale } from './every-page'
import { expect } from './fixtures'

export const PHONE = { width: 375, height: 667 }

/** A new browser page the size of a phone, its text at `scale` % (WeChat's font setting). */
export async function phoneAt(newUser: () => Promise<Page>, scale = 100) {
  const page = await newUser()
  await page.setViewportSize(PHONE)
  if (scale !== 100) await setTextScale(page, scale)
  return page
}

/** A phone at `scale` % text, signed in as `userId`, its home shown (`home`: a text only that home has). */
export async function signedInPhone(newUser: () => Promise<Page>, url: string, userId: string, home: string, scale = 100) {
  const page = await phoneAt(newUser, scale)
  await signInById(page, url, userId)
  await see(page, home)
  return page
}

/** Signed in as `userId`, the home has shown (so the next link is not replaced by it), then `path`. */
export async function openAs(page: Page, url: string, userId: string, path: string, home = '我的提醒') {
  await signInById(page, url, userId)
  await see(page, home)
  await page.goto(`${url}/#${path}`)
}

/** On the prep page: ask one colleague (by name) for a note; the request shows unanswered. */
export async function askColleague(page: Page, colleagueName: string) {
  await tap(page, '请同事提供情况')
  await visible(page)
    .getByRole('checkbox', { name: new RegExp(`^${colleagueName}老师`) })
    .click()
  await tap(page, '发送请求')
  await see(page, '还没有回复')
}

/** The colleague, on their home: opens 同事请你提供情况 and answers the one request in a line. */
export async function answerRequest(page: Page, url: string, colleagueId: string, teacherId: string, answer: string) {
  await signInById(page, url, colleagueId)
  await visible(page)
    .getByRole('button', { name: /^同事请你提供情况，1条待处理/ })
    .click()
  await see(page, `${demo.nameOf(teacherId)}老师请您提供情况`)
  await visible(page).locator('textarea').fill(answer)
  await tap(page, /^回复$/)
  await see(page, /^已于.+回复，可以修改$/)
}

/** On the prep page: a strength, a question and the talk with the student; saved, nothing missing. */
export async function finishPrep(page: Page) {
  await visible(page).locator('input[placeholder="例如：主动帮助同学，做事守时"]').fill('主动帮助同学')
  await visible(page).locator('input[placeholder="例如：孩子在家一般几点睡觉？"]').fill('孩子在家每天读书多久？')
  await visible(page).getByRole('checkbox', { name: '已和孩子谈过' }).click()
  await tap(page, '保存家访准备')
  await see(page, '准备好了，可以去家访')
  await expect(visible(page).getByText('还差：')).toHaveCount(0)
}

const pick = (page: Page, group: string, choice: string) =>
  visible(page).getByRole('radiogroup', { name: group }).getByRole('radio', { name: choice }).click()

/** The record's first part: one choice for each family topic. */
export async function fillTopics(page: Page) {
  await pick(page, '监护情况', '父母共同照顾')
  await pick(page, '家庭环境', '学习环境良好')
  await pick(page, '家长的期待', '希望全面发展')
  await pick(page, '在家表现', '表现良好')
  await pick(page, '学习习惯', '习惯良好')
  await pick(page, '生活习惯', '习惯一般')
}

/** From the visit page (staff: "<name>的家访档案") or the parent's home ("<name>的家访记录"): the archive. */
export async function openArchive(page: Page, button: string, intro: string): Promise<Locator> {
  await visible(page).getByRole('button', { name: button }).click()
  await see(page, intro)
  return visible(page).locator('.archive')
}

// A large roster stopped half way (a crash between two batches): the admin opens 名单导入 and sees
// how far it got as a progress bar; the page carries it on until it is all imported.
import type { Page, Route } from '@playwright/test'
import { resolveCaller } from '../../src/api/caller'
import { applyImport } from '../../src/api/roster-import/import-service'
import { demo } from '../support/demo'
import { buildRosterRows, rosterXlsx } from '../support/roster-file'
import { bounded } from '../support/staged-import'
import type { TestServer } from '../support/test-server'
import { see, signInById, visible } from './browser'
import { setTextScale } from './every-page'
import { E2E_NOW, expect, test } from './fixtures'

const admin = demo.admin()

/** The job and 3 of its batches written (20 writes per transaction), then the writer died. */
async function stoppedImport(srv: TestServer) {
  const fileId = (await srv.files.put('全校名单.xlsx', await rosterXlsx(buildRosterRows(60)), admin)).fileId
  const caller = (await resolveCaller({ kind: 'user', userId: admin }, srv.store))!
  const deps = { store: bounded(srv.store, 20, { crashAfter: 4 }), files: srv.files, workbooks: srv.workbooks }
  await applyImport({ fileId }, { caller, now: E2E_NOW, requestId: null }, deps).catch(() => undefined)
}

/** Holds the page's `resume` calls until released, so the stopped state can be looked at. */
async function holdResume(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = []
  let holding = true
  await page.route('**/api/imports', async (route) => {
    if (holding && (route.request().postDataJSON() as { action?: string }).action === 'resume') held.push(route)
    else await route.continue()
  })
  return async () => {
    holding = false
    await Promise.all(held.splice(0).map((r) => r.continue()))
  }
}

for (const scale of [100, 150]) {
  test(`a stopped large import shows its batches and finishes from the page (text ${scale} %)`, async ({ srv, newUser }, info) => {
    await stoppedImport(srv)
    const page = await newUser()
    await page.setViewportSize({ width: 375, height: 667 })
    if (scale !== 100) await setTextScale(page, scale)
    const release = await holdResume(page)
    await signInById(page, srv.url, admin)
    await see(page, '学校管理')
    await visible(page)
      .getByRole('button', { name: /^名单导入/ })
      .click()
    await see(page, '正在导入“全校名单.xlsx”')
    await see(page, /已写入 3\/\d+ 批，全部写完后才会生效/)
    const bar = visible(page).getByRole('progressbar')
    await expect(bar).toHaveAttribute('aria-valuenow', /^1\d$/)
    // The page has finished sliding in: the bar spans the card, inside the phone's width.
    await expect(async () => {
      const box = (await bar.boundingBox())!
      expect(box.x).toBeLessThan(40)
      expect(box.x + box.width).toBeLessThanOrEqual(375)
    }).toPass()
    await page.screenshot({ path: info.outputPath(`stopped-${scale}.png`) })

    await release()
    await see(page, '“全校名单.xlsx”已全部导入并生效，可在下方导入记录中查看。')
    await see(page, /学生新增 60 人/)
    await see(page, '导入记录')
    await visible(page)
      .getByText(/已全部导入并生效/)
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: info.outputPath(`done-${scale}.png`) })
  })
}

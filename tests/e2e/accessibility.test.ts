// axe-core over every page of the H5 build, as the person who uses it: no serious or critical
// violation (names for buttons, contrast, labels, roles), so screen-reader users can do what others do.
import AxeBuilder from '@axe-core/playwright'
import { PAGE_KEYS } from '../../src/core/pages'
import { visible } from './browser'
import { everyPage, scenario } from './every-page'
import { expect, test } from './fixtures'
import { phoneAt } from './visit-steps'

test('the page list covers every page of the registry', async ({ srv }) => {
  const covered = everyPage(srv, await scenario(srv)).map((p) => p.key)
  expect([...covered].sort()).toEqual([...PAGE_KEYS].sort())
})

for (const key of PAGE_KEYS) {
  test(`${key}: no serious or critical accessibility violation`, async ({ srv, newUser }) => {
    const p = everyPage(srv, await scenario(srv)).find((x) => x.key === key)!
    const page = await newUser()
    await p.open(page)
    await expect(visible(page).locator('[aria-busy="true"]')).toHaveCount(0) // loaded, not a spinner
    const { violations } = await new AxeBuilder({ page }).analyze()
    const found = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      )
    expect(found, found.join('\n')).toEqual([])
  })
}

// Selected chips and answers (white on blue) sit lower on most forms, where the sweep above does not
// reach: each is brought into view and must be measured, and pass, for contrast, on a phone at 100 %
// and 150 % text (photographed; the survey also with its answer box).
for (const [key, selected] of [
  ['leaderSpotCheck', '.chip--on'],
  ['visitPropose', '.chip--on'],
  ['parentSurvey', '.survey-q__option--on'],
] as const) {
  test(`${key}: a selected choice reads at AA contrast`, async ({ srv, newUser }, info) => {
    const opened = everyPage(srv, await scenario(srv)).find((x) => x.key === key)!
    for (const scale of [100, 150]) {
      const page = await phoneAt(newUser, scale)
      await opened.open(page)
      if (key === 'parentSurvey') await visible(page).locator('.survey-q__option').first().click()
      const on = visible(page).locator(selected).first()
      await on.scrollIntoViewIfNeeded()
      await expect(on).toBeInViewport()
      const { violations, passes } = await new AxeBuilder({ page }).include(selected).withRules(['color-contrast']).analyze()
      expect(violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([])
      expect(passes.flatMap((v) => v.nodes).length).toBeGreaterThan(0)
      await page.screenshot({ path: info.outputPath(`${key}-${scale}.png`) })
      if (key !== 'parentSurvey') continue
      await visible(page).locator('.survey-q__text').first().scrollIntoViewIfNeeded()
      await page.screenshot({ path: info.outputPath(`${key}-box-${scale}.png`) })
    }
  })
}

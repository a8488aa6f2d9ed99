// axe-core over every page of the H5 build, as the person who uses it: no serious or critical
// violation (names for buttons, contrast, labels, roles), so screen-reader users can do what others do.
import AxeBuilder from '@axe-core/playwright'
import { PAGE_KEYS } from '../../src/core/pages'
import { visible } from './browser'
import { everyPage, scenario } from './every-page'
import { expect, test } from './fixtures'

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

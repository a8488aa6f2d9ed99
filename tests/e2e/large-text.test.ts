// The parent pages at 150 % text (WeChat's large font setting): every button label at least as big
// as the body text, no date or time window broken across two lines, and nothing wider than the
// phone. Screenshots of each role's home and the visit page at 100 % and 150 % are kept in
// test-results/screens/, so a later review compares like with like.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DATE_OR_CLOCK } from '../../src/client/ui/visit-words'
import { everyPage, scenario, setTextScale, type Opened } from './every-page'
import { expect, test } from './fixtures'

/**
 * Labels smaller than the page's body text, dates and times split over two lines ("下午4:00–" then
 * "5:00"), and anything reaching past the right edge.
 */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate((datePattern) => {
    const out: string[] = []
    const root = [...document.querySelectorAll('.taro_page:not(.taro_page_shade)')].pop() as HTMLElement
    out.push(...brokenDates(root, new RegExp(datePattern, 'g')))
    const body = parseFloat(getComputedStyle(root.querySelector('.screen') ?? root).fontSize)
    for (const b of root.querySelectorAll('taro-button-core, [role="button"]')) {
      const label = [...b.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent?.trim()) ?? b
      const size = parseFloat(getComputedStyle(label as Element).fontSize)
      if (size + 0.5 < body) out.push(`"${b.textContent?.trim().slice(0, 20)}" label ${size}px < body ${body}px`)
    }
    // A form field's name is read before typing: never smaller than the text around it.
    for (const l of root.querySelectorAll('.field__label')) {
      const size = parseFloat(getComputedStyle(l).fontSize)
      if (size + 0.5 < body) out.push(`field "${l.textContent?.trim()}" label ${size}px < body ${body}px`)
    }
    const width = document.documentElement.clientWidth
    for (const e of root.querySelectorAll('*')) {
      const r = (e as HTMLElement).getBoundingClientRect()
      if (r.width > 0 && r.right > width + 1 && getComputedStyle(e).position !== 'fixed') {
        out.push(
          `"${(e.textContent ?? '').trim().slice(0, 20)}" (${e.tagName.toLowerCase()}.${(e as HTMLElement).className}) ends at ${Math.round(r.right)}px > ${width}px`,
        )
      }
    }
    return out.slice(0, 20)

    /** Every date or time in the page's text whose letters do not all sit on one line. */
    function brokenDates(from: HTMLElement, dates: RegExp): string[] {
      const walker = document.createTreeWalker(from, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
      const starts: number[] = []
      let text = ''
      for (const n of nodes) {
        starts.push(text.length)
        text += n.data
      }
      const at = (i: number): [Text, number] => {
        let k = starts.length - 1
        while (starts[k]! > i) k--
        return [nodes[k]!, i - starts[k]!]
      }
      return [...text.matchAll(dates)].flatMap((m) => {
        const range = document.createRange()
        range.setStart(...at(m.index))
        const [end, offset] = at(m.index + m[0].length - 1)
        range.setEnd(end, offset + 1)
        const boxes = [...range.getClientRects()].filter((r) => r.width > 0)
        const oneLine = boxes.every((r) => r.top < Math.min(...boxes.map((b) => b.bottom)))
        return oneLine ? [] : [`"${m[0]}" broken across lines`]
      })
    }
  }, DATE_OR_CLOCK.source)
}

/** Buttons sitting right under the text before them (less than 8px between): a card's title, hint and button glued together. */
async function gluedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = [...document.querySelectorAll('.taro_page:not(.taro_page_shade)')].pop() as HTMLElement
    return [...root.querySelectorAll('.big-button')].flatMap((b) => {
      const before = b.previousElementSibling
      if (!before || before.getClientRects().length === 0) return []
      const gap = b.getBoundingClientRect().top - before.getBoundingClientRect().bottom
      return gap < 8 ? [`"${b.textContent?.trim()}" only ${Math.round(gap)}px under "${before.textContent?.trim().slice(0, 20)}"`] : []
    })
  })
}

test('the first page at 100 % and 150 %: each choice card has space between its title, hint and button', async ({ srv, newUser }) => {
  const first = everyPage(srv, await scenario(srv)).find((x) => x.key === 'index')!
  for (const scale of [100, 150]) {
    const page = await newUser()
    await page.setViewportSize({ width: 375, height: 667 })
    await setTextScale(page, scale)
    await first.open(page)
    await expect(page.getByRole('button', { name: '我是家长，绑定孩子' })).toBeVisible()
    expect(await gluedButtons(page), `at ${scale} %`).toEqual([])
    await page.context().close()
  }
})

const PARENT_PAGES = [
  'parentHome',
  'parentBind',
  'parentConsents',
  'parentAvailability',
  'parentSurvey',
  'parentSuggest',
  'visitDetail',
  'visitInbox',
]

test('parent pages at 150 %: button labels ≥ body text, no date broken across lines, nothing overflows the phone', async ({
  srv,
  newUser,
}) => {
  test.setTimeout(180_000)
  const found: string[] = []
  for (const p of everyPage(srv, await scenario(srv)).filter((x) => PARENT_PAGES.includes(x.key))) {
    await test.step(p.key, async () => {
      const page = await newUser()
      await page.setViewportSize({ width: 375, height: 667 })
      await setTextScale(page, 150)
      await p.open(page)
      found.push(...[...(await problems(page)), ...(await gluedButtons(page))].map((x) => `${p.key}: ${x}`))
      await page.context().close()
    })
  }
  expect(found, found.join('\n')).toEqual([])
})

const SHOTS = ['teacherHome', 'parentHome', 'leaderHome', 'adminHome', 'districtHome', 'visitDetail']

test('screenshots: each role home and the visit page at 100 % and 150 %', async ({ srv, newUser }, info) => {
  test.setTimeout(180_000)
  const pages: Opened[] = everyPage(srv, await scenario(srv)).filter((x) => SHOTS.includes(x.key))
  for (const p of pages) {
    for (const scale of [100, 150]) {
      const page = await newUser()
      await page.setViewportSize({ width: 375, height: 667 })
      await setTextScale(page, scale)
      await p.open(page)
      await page.screenshot({ path: join(info.project.outputDir, 'screens', `${p.key}-${scale}.png`) })
      await page.context().close()
    }
  }
})

// Every page is declared once (src/core/pages.ts): the app config, each page's own config and
// every link must agree with that table, or Taro fails at run time or shows the wrong title.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { outboxDoc } from '../../../src/api/notify/outbox'
import { PAGE_KEYS, PAGES, pageLink, pageOf, pagePath, pageRoute, type PageKey } from '../../../src/core/pages'
import * as routes from '../../../src/client/routes'

type AppConfig = { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }
const SRC = join(__dirname, '../../../src')
const g = globalThis as Record<string, unknown>
g.defineAppConfig = (c: unknown) => c
g.definePageConfig = (c: unknown) => c

function declaredPages(taroEnv: string): Set<string> {
  const before = process.env.TARO_ENV
  process.env.TARO_ENV = taroEnv
  jest.resetModules()
  const config = require('../../../src/app.config').default as AppConfig
  process.env.TARO_ENV = before
  return new Set([...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))])
}

/** Every folder with a page component: src/pages/<x>/index.tsx and src/packages/<p>/pages/<x>/index.tsx. */
function pageFolders(): string[] {
  const inside = (dir: string) => readdirSync(join(SRC, dir)).map((x) => `${dir}/${x}`)
  const folders = [...inside('pages'), ...inside('packages').flatMap((p) => inside(`${p}/pages`))]
  return folders.filter((f) => existsSync(join(SRC, f, 'index.tsx'))).map((f) => `${f}/index`)
}

const sample = (key: PageKey): string => {
  const params = Object.fromEntries(PAGES[key].params.map((p: string) => [p, `${p} 张&1`]))
  return (pagePath as (k: PageKey, p?: Record<string, string>) => string)(key, params)
}

describe('the page table', () => {
  it('lists every page folder, and the weapp and H5 configs declare exactly its pages', () => {
    expect(new Set(PAGE_KEYS.map(pageRoute))).toEqual(new Set(pageFolders()))
    expect(declaredPages('h5')).toEqual(new Set(PAGE_KEYS.map(pageRoute)))
    expect(declaredPages('weapp')).toEqual(new Set(PAGE_KEYS.filter((k) => !('h5Only' in PAGES[k])).map(pageRoute)))
  })

  it.each(PAGE_KEYS)('%s: its index.config.ts shows its own Chinese title', (key) => {
    const config = require(join(SRC, `${pageRoute(key)}.config.ts`)).default as { navigationBarTitleText: string }
    expect(config.navigationBarTitleText).toBe(PAGES[key].title)
    expect(config.navigationBarTitleText).toMatch(/^\p{Script=Han}+$/u)
  })

  it('gives different pages different titles (no app name over every page)', () => {
    const titles = PAGE_KEYS.map((k) => PAGES[k].title)
    expect(new Set(titles).size).toBe(titles.length)
  })

  it.each(PAGE_KEYS)('%s: its path opens it, with every parameter encoded', (key) => {
    const path = sample(key)
    expect(pageOf(path)).toBe(key)
    for (const p of PAGES[key].params as readonly string[]) expect(path).toContain(`${p}=${encodeURIComponent(`${p} 张&1`)}`)
  })
})

describe('links', () => {
  it('from the role homes and the entry page point at declared pages', () => {
    for (const url of [routes.INDEX_PATH, ...Object.values(routes.HOME_PATHS)]) expect(pageOf(url)).not.toBeNull()
  })

  it('in a reminder open the visit page the app knows, and only visit pages open from the inbox', () => {
    const doc = outboxDoc('obx-1', 'u1', 'vis-1', 'proposal', null, '2026-12-01T00:00:00.000Z')
    expect(doc.page).toBe(pageLink('visitDetail', { id: 'vis-1' }))
    expect(routes.inboxTarget(doc.page)).toBe(pagePath('visitDetail', { id: 'vis-1' }))
    expect(routes.inboxTarget(pagePath('adminHome'))).toBeNull()
    // An answered opinion opens the parent's 给学校提建议, where the answer is.
    expect(routes.inboxTarget(pagePath('parentSuggest'))).toBe(pagePath('parentSuggest'))
  })
})

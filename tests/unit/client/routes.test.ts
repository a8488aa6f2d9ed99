// Every path the pages navigate to must be a page the app declares, or Taro fails at run time.
import * as routes from '../../../src/client/routes'

type AppConfig = { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }

function declaredPages(): Set<string> {
  const g = globalThis as Record<string, unknown>
  g.defineAppConfig = (c: AppConfig) => c
  const config = require('../../../src/app.config').default as AppConfig
  return new Set([...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map((p) => `/${p}`))
}

const pathOnly = (url: string) => url.split('?')[0]!

describe('client routes', () => {
  const pages = declaredPages()

  it('point only at declared pages', () => {
    const urls = [
      routes.INDEX_PATH,
      ...Object.values(routes.HOME_PATHS),
      ...Object.values(routes.ADMIN_PATHS),
      ...Object.values(routes.PARENT_PATHS),
      routes.classPath('c1', '一年级1班'),
      routes.inviteParentsPath('c1', '一年级1班'),
      routes.offlineGuardianPath('c1', '一年级1班'),
      routes.familyPath('s1', '张小明'),
    ]
    for (const url of urls) expect(pages).toContain(pathOnly(url))
  })

  it('encode names in query strings', () => {
    expect(routes.familyPath('stu 1', '张&小明')).toBe(
      `/packages/teacher/pages/family/index?studentId=stu%201&name=${encodeURIComponent('张&小明')}`,
    )
  })
})

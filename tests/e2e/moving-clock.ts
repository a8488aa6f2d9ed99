// Tests whose visits are completed through the real flow: the server's clock moves with `at(iso)`
// (`now()` reads it), while the browsers' stays frozen at E2E_NOW. Each test starts a fresh server
// at E2E_NOW.
import { startTestServer, type TestServer } from '../support/test-server'
import { E2E_NOW, H5_DIR, test as base } from './fixtures'

export function movingClock() {
  let now = E2E_NOW
  const test = base.extend<{ srv: TestServer }>({
    // eslint-disable-next-line no-empty-pattern -- a Playwright fixture with no dependencies
    srv: async ({}, use) => {
      now = E2E_NOW
      const srv = await startTestServer({ staticDir: H5_DIR, clock: () => now })
      await use(srv)
      await srv.close()
    },
  })
  return { test, at: (iso: string) => void (now = new Date(iso)), now: () => now }
}

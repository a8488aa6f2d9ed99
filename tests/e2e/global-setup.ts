// Before any browser starts: the H5 build must exist, and the run says which Chromium it drives
// (unpacking the bundled one here once, not in every worker).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { e2eBrowser } from './chromium'
import { H5_DIR } from './fixtures'

export default async function globalSetup() {
  // Browser calls in E2E stay on loopback, whichever server a test starts (the test server also sets it).
  process.env.JF_SIGNAL_LOOPBACK = '1'
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first (npm test does)')
  const browser = await e2eBrowser()
  console.log(`E2E browser: ${browser.kind} Chromium (${browser.launch.executablePath})`)
}

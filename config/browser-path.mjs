// Which Chromium to drive: CHROMIUM_PATH, else the system's, else the one inside @sparticuz/chromium.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export async function browserExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim()
  } catch {
    const { default: bundled } = await import('@sparticuz/chromium')
    return bundled.executablePath()
  }
}

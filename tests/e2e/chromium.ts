// Which Chromium the E2E tests drive: the system's when there is one, otherwise the one inside the
// npm package @sparticuz/chromium, so `npm install && npm test` needs no apt step.
// JF_E2E_BROWSER=system|bundled forces one (CI and figures); CHROMIUM_PATH names a system binary.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { LaunchOptions } from '@playwright/test'

/** On a closed network: no update checks, sync, QUIC or other background connections. */
const QUIET = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/**
 * The package's flags are made for AWS Lambda. Dropped: one process for everything (two users'
 * browsers must run side by side) and the switches that turn off the same-origin policy (the app
 * must be tested as a real browser runs it).
 */
const UNWANTED = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content'])

export type E2EBrowser = { kind: 'system' | 'bundled'; launch: LaunchOptions }

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then `chromium` on PATH. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env, known = ['/usr/bin/chromium']): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH
  const onPath = (env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'chromium'))
  return [...known, ...onPath].find(executable)
}

async function bundledChromium(): Promise<LaunchOptions> {
  // An ES module, loaded only when needed: it unpacks Chromium (~200 MB) to the temp dir on first use.
  const { default: sparticuz } = await import('@sparticuz/chromium')
  const args = sparticuz.args.filter((a) => !UNWANTED.has(a))
  return { executablePath: await sparticuz.executablePath(), args: [...args, ...QUIET.filter((a) => !args.includes(a))] }
}

export async function e2eBrowser(env: NodeJS.ProcessEnv = process.env, known?: string[]): Promise<E2EBrowser> {
  const wanted = env.JF_E2E_BROWSER ?? 'auto'
  if (!['auto', 'system', 'bundled'].includes(wanted)) throw new Error(`JF_E2E_BROWSER must be system or bundled, not "${wanted}"`)
  const system = wanted === 'bundled' ? undefined : systemChromium(env, known)
  if (system) return { kind: 'system', launch: { executablePath: system, args: [...QUIET, '--disable-gpu'] } }
  if (wanted === 'system') throw new Error('JF_E2E_BROWSER=system, but there is no chromium: install it or set CHROMIUM_PATH')
  return { kind: 'bundled', launch: await bundledChromium() }
}

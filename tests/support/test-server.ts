// Integration harness: the real local server on port 0 over a fresh SQLite database.
import type { AddressInfo } from 'node:net'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFieldCipher } from '../../src/adapters/crypto/field-cipher'
import { createKeyRing } from '../../src/adapters/crypto/key-ring'
import { SealedStore } from '../../src/adapters/crypto/sealed-store'
import { createDiskStorage } from '../../src/adapters/local-files/disk-storage'
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import { createExcelWorkbooks } from '../../src/adapters/xlsx/excel-workbooks'
import type { DocStore } from '../../src/core/ports/doc-store'
import type { ActionName, FnName } from '../../src/core/contract'
import type { Result } from '../../src/core/result'
import type { CallInput, CallOutput } from '../../src/client/api'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { StagedGate } from '../../src/api/roster-import/staged-gate'
import { createLocalServer } from '../../src/server/http-server'
import { seedDemoIfEmpty } from '../../src/server/seed/seed'
import { signSession } from '../../src/server/session'

export const TEST_SECRET = 'test-secret-not-for-production'
export const TEST_DATA_KEY = '0123456789abcdef'.repeat(4)
export const SEED_NOW = new Date('2026-11-02T01:00:00Z')

export type TestServer = Awaited<ReturnType<typeof startTestServer>>

/** The input argument of an action, optional when the contract accepts an empty object. */
type InputArg<F extends FnName, A extends ActionName<F>> =
  Record<never, never> extends CallInput<F, A> ? [input?: CallInput<F, A>] : [input: CallInput<F, A>]

export async function startTestServer(opts: { seed?: boolean; dbPath?: string; staticDir?: string; clock?: () => Date } = {}) {
  // Every query a route makes must be declared in the collection registry (and so plan-checked).
  const engine = new SqliteStore(opts.dbPath ?? ':memory:', { declaredQueriesOnly: true })
  const ring = createKeyRing(TEST_DATA_KEY)
  const store = new StagedGate(new SealedStore(engine, createFieldCipher(ring)))
  const filesDir = mkdtempSync(join(tmpdir(), 'jf-files-'))
  const files = createDiskStorage(filesDir, ring)
  const workbooks = createExcelWorkbooks()
  // For tests that inspect stored data in shapes no route asks for (same engine and sealing).
  const direct = new SealedStore(engine.unchecked(), createFieldCipher(ring))
  if (opts.seed !== false) await seedDemoIfEmpty(store, SEED_NOW)
  const notifier = createLocalNotifier()
  const server = createLocalServer({
    store,
    files,
    notifier,
    workbooks,
    staticDir: opts.staticDir ?? '/nonexistent',
    secret: TEST_SECRET,
    clock: opts.clock,
    // Browser calls in tests stay on this machine (see src/server/signal/candidates.ts).
    signalLoopbackOnly: true,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  async function post(path: string, body: unknown, token?: string) {
    const res = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return { status: res.status, json: (await res.json()) as Result<unknown> }
  }

  /** Untyped: for generated or deliberately malformed requests (unknown actions, bad input). */
  async function callRaw(userId: string | null, fn: string, action: string, input?: unknown): Promise<Result<unknown>> {
    const token = userId ? signSession(userId, TEST_SECRET) : undefined
    return (await post(`/api/${fn}`, { action, input }, token)).json
  }

  /**
   * Call an action as a demo user (null = not signed in), typed from the contract. The input is
   * sent as is (the server validates it); the server checked the output against the same contract.
   */
  async function call<F extends FnName, A extends ActionName<F>>(
    userId: string | null,
    fn: F,
    action: A,
    ...[input]: InputArg<F, A>
  ): Promise<Result<CallOutput<F, A>>> {
    return (await callRaw(userId, fn, action, input)) as Result<CallOutput<F, A>>
  }

  /** A first-time WeChat user: a fresh account with no roles. */
  async function newcomer(): Promise<string> {
    return ok((await post('/dev/newcomer', {})).json as Result<{ userId: string }>).userId
  }

  async function close() {
    await new Promise((resolve) => server.close(resolve))
    engine.close()
  }
  return { url, store, direct, engine, files, filesDir, workbooks, post, call, callRaw, newcomer, close }
}

/**
 * One server for the test file, started before its tests and closed after them, on a clock that stands
 * at `start` (Tuesday 1 December 2026, 10:00 in Shanghai) until a test moves it with `at(iso)`
 * (`now()` reads it).
 * `srv` stands for the server once started, so tests and helpers use it as the server itself.
 */
export function serverOnMovedClock(start = '2026-12-01T02:00:00.000Z') {
  let clock = Date.parse(start)
  const now = () => new Date(clock)
  let started: TestServer | undefined
  beforeAll(async () => {
    started = await startTestServer({ clock: now })
  })
  afterAll(() => started?.close())
  const srv = new Proxy({} as TestServer, {
    get: (_, key) => {
      if (!started) throw new Error('the test server starts in beforeAll: use srv inside a test or hook')
      return Reflect.get(started, key)
    },
  })
  const at = (iso: string) => void (clock = Date.parse(iso))
  return { srv, at, now }
}

/** Every document of every collection, to prove a call changed nothing. */
export async function fingerprint(store: DocStore): Promise<string> {
  const { COLLECTION_NAMES } = await import('../../src/core/collections')
  const parts: string[] = []
  for (const coll of COLLECTION_NAMES) {
    for (let skip = 0; ; skip += 100) {
      const page = await store.find(coll, { limit: 100, skip })
      parts.push(...page.map((d) => `${coll}/${d._id}@${d._v}`))
      if (page.length < 100) break
    }
  }
  return parts.join('\n')
}

/** The data of a successful result; a failure throws with its code and message, failing the test. */
export function ok<T>(res: Result<T>): T {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.data
}

// Video scenarios: refusals that must leave the database as it was, and sessions for raw requests.
import { signSession } from '../../src/server/session'
import { fingerprint, TEST_SECRET, type TestServer } from './test-server'

/** Refused with `code` and a Chinese message, and nothing stored changed. */
export async function refusedOn(srv: TestServer, call: () => Promise<unknown>, code: string) {
  const print = await fingerprint(srv.store)
  const res = (await call()) as { ok: boolean; error?: { code: string; message: string } }
  expect(res).toMatchObject({ ok: false, error: { code } })
  expect(res.error!.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(await fingerprint(srv.store)).toBe(print)
  return res.error!
}

/** A bearer session for requests sent with a request id (`srv.post`). */
export const sessionOf = (userId: string) => signSession(userId, TEST_SECRET)

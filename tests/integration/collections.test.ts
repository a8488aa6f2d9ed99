// The collection registry: what the routes write is what the schemas read, and a document that
// breaks its schema is refused instead of reaching a user as "undefined".
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { readAll } from '../../src/core/ports/typed-repo'
import { COLLECTION_NAMES, SCHEMAS } from '../../src/core/collections'
import { demo } from '../support/demo'
import { signSession } from '../../src/server/session'
import { ok, serverOnMovedClock, TEST_SECRET } from '../support/test-server'

const { srv, now } = serverOnMovedClock()

const binding = demo.bindings.find((b) => b.status === 'approved' && b.classId === 'cls-qs-2-1')!
const kid = demo.students.find((s) => s._id === binding.studentId)!
const head = demo.headTeacher('cls-qs-2-1')

/** One pass through every kind of write: a visit, its notifications, credits, a class code, a failed guess, a replay. */
async function touchEveryCollection() {
  const subscribe = { action: 'subscribed', input: { accepted: ['visit_proposal'] }, requestId: 'req-1' }
  ok((await srv.post('/api/notify', subscribe, signSession(binding.userId, TEST_SECRET))).json)
  ok(
    await srv.call(head, 'visits', 'propose', {
      studentId: kid._id,
      topic: '聊聊学习',
      options: [{ startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home', place: null }],
    }),
  )
  ok((await srv.post('/dev/scheduler/run', { now: now().toISOString() })).json)
  const { code } = ok(await srv.call(head, 'accounts', 'classInvite', { classId: 'cls-qs-2-1' }))
  const newcomer = await srv.newcomer()
  const guess = {
    code,
    studentName: '不对的名字',
    studentNo: kid.studentNo,
    relation: 'mother' as const,
    applicantName: '李四',
    guardianConsent: true as const,
    sensitiveConsent: false,
  }
  await srv.call(newcomer, 'accounts', 'requestBinding', { ...guess, noticeVersion: PRIVACY_NOTICE.version })
}

test('every stored document, in every collection, reads back through its schema', async () => {
  await touchEveryCollection()
  for (const coll of ['outbox', 'inbox', 'credits', 'counters', 'locks', 'requests', 'meta'] as const) {
    expect({ coll, n: await srv.store.count(coll) }).not.toEqual({ coll, n: 0 })
  }
  for (const coll of COLLECTION_NAMES) {
    await expect(readAll(srv.store, coll, SCHEMAS[coll])).resolves.toBeInstanceOf(Array)
  }
})

test('an inbox item missing its title is a server fault, not a reminder titled "undefined"', async () => {
  const parent = binding.userId as string
  await srv.store.insert('inbox', { _id: 'inb-broken', userId: parent, body: '正文', page: '', at: now().toISOString(), read: false })
  const res = await srv.call(parent, 'notify', 'inbox', {})
  expect(res).toMatchObject({ ok: false, error: { code: 'SYS.INTERNAL' } })
})

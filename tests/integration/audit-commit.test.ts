// Every view of a family's file is on record before its answer leaves; views that arrive together
// share one commit (a commit costs more than the insert), and a view whose entry cannot be stored
// shows nothing.
import { dispatch } from '../../src/api/dispatch'
import { createLocalNotifier } from '../../src/api/notify/local-notifier'
import { ROUTES } from '../../src/api/routes'
import { demo } from '../support/demo'
import { startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())
afterEach(() => jest.restoreAllMocks())

const teacher = demo.headTeacher('cls-qs-3-2')
// One pupil per family, so each view's own entry can be told apart.
const pupils = [...new Map(demo.students.filter((s) => s.classId === 'cls-qs-3-2').map((s) => [s.familyId, s])).values()].slice(0, 6)
/** In-process, as the local server runs it: requests that arrive together interleave on one thread. */
const view = (studentId: string) =>
  dispatch(
    'privacy',
    { action: 'familyProfile', input: { studentId, reason: 'visit_prep' } },
    { kind: 'user', userId: teacher },
    { store: srv.store, files: srv.files, notifier: createLocalNotifier() },
    { routes: ROUTES },
  )
const auditInserts = (ops: Array<{ kind: string; coll?: string }>) => ops.filter((o) => o.kind === 'insert' && o.coll === 'audit_log')

test('views that arrive together are each recorded before their answer, in fewer commits than views', async () => {
  const batch = jest.spyOn(srv.engine, 'batch')
  const insert = jest.spyOn(srv.engine, 'insert')
  const recorded = (familyId: string) => srv.direct.count('audit_log', { actorUserId: teacher, targetId: familyId })
  const before = await Promise.all(pupils.map((p) => recorded(p.familyId)))
  const answers = await Promise.all(pupils.map((p) => view(p._id).then(async (res) => ({ ok: res.ok, mine: await recorded(p.familyId) }))))
  expect(answers).toEqual(pupils.map((_p, i) => ({ ok: true, mine: before[i]! + 1 })))
  const lone = insert.mock.calls.filter(([coll]) => coll === 'audit_log').length
  const grouped = batch.mock.calls.map(([ops]) => auditInserts(ops).length).filter((n) => n > 0)
  expect({ lone, grouped }).toEqual({ lone: 1, grouped: [pupils.length - 1] })
})

test('a view whose audit entry cannot be stored shows nothing of the family', async () => {
  jest.spyOn(srv.engine, 'batch').mockRejectedValue(new Error('disk full'))
  jest.spyOn(srv.engine, 'insert').mockRejectedValue(new Error('disk full'))
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const answers = await Promise.all([view(pupils[0]!._id), view(pupils[1]!._id), view(pupils[2]!._id)])
  spy.mockRestore()
  expect(answers).toEqual(answers.map(() => ({ ok: false, error: expect.objectContaining({ code: 'SYS.INTERNAL' }) })))
})

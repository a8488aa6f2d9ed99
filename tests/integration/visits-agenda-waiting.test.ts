// The agenda's waiting list: most recently changed first (ties by visit id), whether the teacher has a
// few waiting visits (sorted by the route) or more than the list shows (the newest 50, asked in order).
import type { Visit } from '../../src/core/model/visit.schema'
import { buildVisit } from '../support/builders'
import { demo } from '../support/demo'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv } = serverOnMovedClock()
const teacher = () => demo.headTeacher('cls-qs-3-2')

/** `n` visits waiting for this teacher, changed in a shuffled order (two share a moment). */
async function waiting(prefix: string, n: number): Promise<Visit[]> {
  const staff = demo.staffOf(teacher())
  const visits = Array.from({ length: n }, (_, i) => {
    const minute = (i * 37) % n
    return buildVisit({
      _id: `${prefix}-${String(i).padStart(3, '0')}`,
      teacherId: staff._id,
      teacherUserId: teacher(),
      studentIds: [demo.familiesOf('cls-qs-3-2')[0]!.student._id],
      status: i % 3 ? 'awaiting_parent' : 'awaiting_teacher',
      updatedAt: new Date(Date.UTC(2026, 10, 20, 0, i === 1 ? (3 * 37) % n : minute)).toISOString(),
    })
  })
  for (const { _v, ...v } of visits) await srv.direct.insert('visits', v)
  return visits
}

const newestFirst = (vs: Visit[]) =>
  [...vs].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a._id.localeCompare(b._id)).map((v) => v._id)
const agenda = async () =>
  ok(await srv.call(teacher(), 'visits', 'myAgenda', { from: '2026-12-01', days: 7 })).visits.filter((v) => v.status !== 'scheduled')

test('a few waiting visits: newest change first, ties by id', async () => {
  const mine = await waiting('vis-few', 7)
  const shown = (await agenda()).map((v) => v.visitId).filter((id) => id.startsWith('vis-few'))
  expect(shown).toEqual(newestFirst(mine))
})

test('more waiting visits than the list shows: the newest 50, newest first', async () => {
  const all = [...(await srv.direct.find('visits', { where: { teacherId: demo.staffOf(teacher())._id }, limit: 100 }))]
  const more = await waiting('vis-many', 60)
  const waitingNow = [...all.filter((v) => v.status === 'awaiting_parent' || v.status === 'awaiting_teacher'), ...more] as Visit[]
  expect(waitingNow.length).toBeGreaterThan(50)
  expect((await agenda()).map((v) => v.visitId)).toEqual(newestFirst(waitingNow).slice(0, 50))
})

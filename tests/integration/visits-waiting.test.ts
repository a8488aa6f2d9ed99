// A teacher's visits being agreed (agenda, time suggestions) come from one ordered read per state,
// merged: the answer must be exactly what one read over both states, newest change first, gives.
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store'
import type { VisitStatus } from '../../src/core/model/visit.schema'
import { awaitingVisits } from '../../src/api/routes/visits/waiting'
import { buildVisit } from '../support/builders'

const STATUSES: VisitStatus[] = ['awaiting_parent', 'awaiting_teacher', 'scheduled', 'cancelled']

describe('awaiting visits, newest change first', () => {
  const store = new SqliteStore(':memory:', { declaredQueriesOnly: true })
  afterAll(() => store.close())

  beforeAll(async () => {
    // Two teachers, every state, and changes at the same instant (ties are broken by id).
    const docs = Array.from({ length: 90 }, (_, i) =>
      buildVisit({
        _id: `vis-${String((i * 37) % 90).padStart(2, '0')}`,
        teacherId: i % 3 === 2 ? 'stf-other' : 'stf-me',
        status: STATUSES[i % 4]!,
        updatedAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 5) * 3600e3).toISOString(),
      }),
    )
    const { _v: _ignored, ...first } = docs[0]!
    expect(await store.insert('visits', first)).toBe('ok')
    const rest = docs.slice(1).map(({ _v: _drop, ...doc }) => ({ kind: 'insert' as const, coll: 'visits' as const, doc }))
    expect(await store.batch(rest)).toEqual({ ok: true })
  })

  test.each([5, 12, 50])('limit %i: the same visits in the same order as one read over both states', async (limit) => {
    const oneRead = await store.unchecked().find('visits', {
      where: { teacherId: 'stf-me', status: { in: ['awaiting_parent', 'awaiting_teacher'] } },
      orderBy: [['updatedAt', 'desc']],
      limit,
    })
    const merged = await awaitingVisits(store, 'stf-me', limit)
    // 31 of the teacher's visits are awaiting: the smaller limits cut the list, the last does not.
    expect(oneRead.length).toBe(Math.min(limit, 31))
    expect(merged.map((v) => [v._id, v.updatedAt])).toEqual(oneRead.map((v) => [v._id, v.updatedAt]))
  })
})

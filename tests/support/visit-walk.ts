// Visits walked through the real negotiation (decide), as the respond route applies it: for tests of
// what lists and cards show in each state.
import type { Visit } from '../../src/core/model/visit.schema'
import { decide, type Command } from '../../src/core/visit/negotiation'
import { buildVisit, NOW } from './builders'

export const teacher = { side: 'teacher' as const, userId: 'usr-stf-1', name: '王芳' }
export const parent = { side: 'parent' as const, userId: 'usr-p', name: '李奶奶' }
type Actor = typeof teacher | typeof parent

/** A teacher's proposal with its opening thread entry, as the propose route stores it. */
export function proposed(overrides: Partial<Visit> = {}): Visit {
  const v = buildVisit({ teacherName: teacher.name, ...overrides })
  const entry = { seq: 1, at: v.createdAt, side: 'teacher' as const, actorUserId: teacher.userId, actorName: teacher.name }
  return { ...v, thread: [{ ...entry, kind: 'propose', options: v.options, chosenOptionId: null, text: '' }] }
}

/** Applies commands in turn. */
export function walk(visit: Visit, ...steps: Array<[Actor, Command]>): Visit {
  return steps.reduce((v, [actor, command]) => {
    const d = decide(v, actor, command, NOW, 'v1')
    if (!d.ok) throw new Error(d.error.message)
    return { ...v, ...d.data.patch, _v: v._v + 1, thread: [...v.thread, d.data.entry] }
  }, visit)
}

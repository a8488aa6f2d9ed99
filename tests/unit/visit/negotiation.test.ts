import type { Side, Visit } from '../../../src/core/model/visit.schema'
import { availableActions, decide, type Command, type CommandKind } from '../../../src/core/visit/negotiation'
import { at, buildOption, buildScheduled, buildVisit, NOW } from '../../support/builders'

const teacher = { side: 'teacher' as const, userId: 'usr-stf-1', name: '王老师' }
const parent = { side: 'parent' as const, userId: 'usr-p', name: '李奶奶' }
const actor = (side: Side) => (side === 'teacher' ? teacher : parent)
const future = (h: string, format: 'home' | 'video' | 'school' | 'group' = 'video') => ({
  startAt: `2026-12-05T${h}:00+08:00`,
  endAt: `2026-12-05T${h.slice(0, 2)}:45:00+08:00`,
  format,
  place: null,
})

const COMMANDS: Record<CommandKind, Command> = {
  accept: { kind: 'accept', optionId: 'o-2' },
  counter: { kind: 'counter', options: [future('18:00')], text: '晚上方便' },
  decline_home: { kind: 'decline_home', options: [future('19:00', 'school')], text: '' },
  reschedule: { kind: 'reschedule', options: [future('20:00')], text: '临时有事' },
  cancel: { kind: 'cancel', reason: '孩子生病' },
  phone_agreement: { kind: 'phone_agreement', option: future('17:00', 'home'), guardianId: 'gdn-2' },
}
/** The family's registered guardians, as the route reads them. */
const GUARDIANS = [
  { id: 'gdn-1', name: '李建国' },
  { id: 'gdn-2', name: '李奶奶' },
]

const STATES: Record<string, Visit> = {
  awaiting_parent: buildVisit(),
  awaiting_teacher: buildVisit({ status: 'awaiting_teacher', offeredBy: 'parent' }),
  scheduled: buildScheduled(),
  scheduled_started: buildScheduled({
    startAt: at('2026-12-01T09:30:00'),
    agreed: { ...buildScheduled().agreed!, option: buildOption({ startAt: at('2026-12-01T09:30:00'), endAt: at('2026-12-01T10:30:00') }) },
  }),
  cancelled: buildVisit({ status: 'cancelled' }),
  completed: buildScheduled({ status: 'completed' }),
}

// Spelled out by hand (not derived from the code under test): state × side → allowed commands.
const ALLOWED: Record<string, Record<Side, CommandKind[]>> = {
  awaiting_parent: { parent: ['accept', 'counter', 'decline_home', 'cancel'], teacher: ['cancel', 'phone_agreement'] },
  awaiting_teacher: { parent: ['cancel'], teacher: ['accept', 'counter', 'cancel', 'phone_agreement'] },
  scheduled: { parent: ['reschedule', 'cancel'], teacher: ['reschedule', 'cancel'] },
  scheduled_started: { parent: [], teacher: [] },
  cancelled: { parent: [], teacher: [] },
  completed: { parent: [], teacher: [] },
}

const cases = Object.keys(STATES).flatMap((state) =>
  (['teacher', 'parent'] as Side[]).flatMap((side) => (Object.keys(COMMANDS) as CommandKind[]).map((kind) => [state, side, kind] as const)),
)

describe.each(cases)('%s × %s × %s', (state, side, kind) => {
  const allowed = ALLOWED[state]![side].includes(kind)
  test(allowed ? 'is allowed and offered' : 'is refused in Chinese and not offered', () => {
    const visit = STATES[state]!
    const result = decide(visit, actor(side), COMMANDS[kind], NOW, 'v1', GUARDIANS)
    expect(result.ok).toBe(allowed)
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(availableActions(visit, side, NOW).includes(kind)).toBe(allowed)
  })
})

describe('outcomes', () => {
  const run = (visit: Visit, side: Side, cmd: Command) => {
    const r = decide(visit, actor(side), cmd, NOW, 'v1', GUARDIANS)
    if (!r.ok) throw new Error(r.error.message)
    return r.data
  }

  test('the parent picks a teacher option: both have agreed, slots are taken, the teacher is told', () => {
    const d = run(buildVisit(), 'parent', { kind: 'accept', optionId: 'o-1' })
    expect(d.patch).toMatchObject({ status: 'scheduled', startAt: buildOption().startAt })
    expect(d.patch.agreed).toMatchObject({
      teacherConfirmedAt: at('2026-12-01T09:00:00'),
      parentConfirmedAt: NOW.toISOString(),
      parentUserId: 'usr-p',
      viaPhone: false,
    })
    expect(d.effects).toMatchObject({ takeSlots: { id: 'o-1' }, releaseSlots: null, notify: { side: 'teacher', event: 'agreed' } })
  })

  test('a counter-offer hands the turn over and the offering side cannot accept its own offer', () => {
    const d = run(buildVisit(), 'parent', COMMANDS.counter)
    const next = { ...buildVisit(), ...d.patch } as Visit
    expect(next.status).toBe('awaiting_teacher')
    expect(availableActions(next, 'parent', NOW)).toEqual(['cancel'])
    const own = decide(next, parent, { kind: 'accept', optionId: next.options[0]!.id }, NOW, 'v1')
    expect(own).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_YOUR_TURN' } })
    const t = run(next, 'teacher', { kind: 'accept', optionId: next.options[0]!.id })
    expect(t.patch.agreed).toMatchObject({ teacherConfirmedAt: NOW.toISOString(), parentName: '' })
  })

  test('rescheduling an agreed visit clears the agreement and frees the slots: it must be agreed again', () => {
    const d = run(buildScheduled(), 'teacher', COMMANDS.reschedule)
    expect(d.patch).toMatchObject({ status: 'awaiting_parent', agreed: null, startAt: null })
    expect(d.effects.releaseSlots).toMatchObject({ id: 'o-1' })
    expect(d.effects.takeSlots).toBeNull()
    expect(d.entry.kind).toBe('reschedule')
  })

  test('a parent who declines a home visit never gets home options again', () => {
    const d = run(buildVisit(), 'parent', { kind: 'decline_home', options: [], text: '' })
    const next = { ...buildVisit(), ...d.patch } as Visit
    expect(next).toMatchObject({ status: 'awaiting_teacher', homeDeclined: true, options: [] })
    const again = decide(next, teacher, { kind: 'counter', options: [future('18:00', 'home')], text: '' }, NOW, 'v1')
    expect(again).toMatchObject({ ok: false, error: { code: 'VISIT.HOME_DECLINED' } })
    expect(decide(next, teacher, { kind: 'counter', options: [future('18:00', 'video')], text: '' }, NOW, 'v1').ok).toBe(true)
    expect(decide(buildVisit(), parent, { kind: 'decline_home', options: [future('18:00', 'home')], text: '' }, NOW, 'v1')).toMatchObject({
      ok: false,
      error: { code: 'VISIT.HOME_DECLINED' },
    })
  })

  test('cancelling: reason required; a teacher cancelling a required visit creates a make-up need', () => {
    expect(decide(buildScheduled(), teacher, { kind: 'cancel', reason: '  ' }, NOW, 'v1')).toMatchObject({
      ok: false,
      error: { code: 'VISIT.REASON_REQUIRED' },
    })
    const byTeacher = run(buildScheduled(), 'teacher', COMMANDS.cancel)
    expect(byTeacher.patch).toMatchObject({ status: 'cancelled', cancelledBy: 'teacher', makeUpNeeded: true })
    expect(byTeacher.effects).toMatchObject({
      releaseClaim: true,
      releaseSlots: { id: 'o-1' },
      notify: { side: 'parent', event: 'cancelled' },
    })
    expect(run(buildScheduled(), 'parent', COMMANDS.cancel).patch.makeUpNeeded).toBe(false)
    expect(run(buildScheduled({ required: false }), 'teacher', COMMANDS.cancel).patch.makeUpNeeded).toBe(false)
  })

  test('a phone agreement is marked as such and names the registered guardian, by id and name', () => {
    const d = run(buildVisit(), 'teacher', COMMANDS.phone_agreement)
    expect(d.patch.agreed).toMatchObject({ viaPhone: true, parentName: '李奶奶', guardianId: 'gdn-2', parentUserId: null })
    expect(d.entry.text).toBe('电话约定（李奶奶）')
    expect(run(buildVisit(), 'parent', { kind: 'accept', optionId: 'o-1' }).patch.agreed).toMatchObject({ guardianId: null })
  })

  test('a phone agreement naming anyone but a registered guardian of the family is refused', () => {
    const foreign: Command = { kind: 'phone_agreement', option: future('17:00', 'home'), guardianId: 'gdn-of-another-family' }
    for (const guardians of [GUARDIANS, []]) {
      const r = decide(buildVisit(), teacher, foreign, NOW, 'v1', guardians)
      expect(r).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_A_GUARDIAN' } })
      expect(!r.ok && r.error.message).toMatch(/已登记的家长/)
    }
  })

  test('accepting an option that has already started is refused', () => {
    const past = buildVisit({ options: [buildOption({ startAt: at('2026-12-01T09:00:00'), endAt: at('2026-12-01T11:00:00') })] })
    expect(decide(past, parent, { kind: 'accept', optionId: 'o-1' }, NOW, 'v1')).toMatchObject({ ok: false, error: { code: 'VISIT.PAST' } })
  })
})

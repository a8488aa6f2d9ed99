// Room rules: who takes part on which side (every role × own / other visit), room ids, labels per
// viewer, the agreed-day rule and meeting numbers.
import { ROLES, type Role } from '../../../src/core/roles'
import {
  callWindow,
  endedCall,
  labelFor,
  meetingNumberOf,
  OTHER_FAMILY,
  roomIdOf,
  sideIn,
  type Who,
} from '../../../src/core/video/room.rules'
import type { VideoCall } from '../../../src/core/video/video.schema'
import { clashes } from '../../../src/core/visit/options.rules'
import { at, buildOption, buildScheduled } from '../../support/builders'

const visit = buildScheduled({ coVisitors: [{ staffId: 'stf-co', userId: 'usr-co', name: '赵老师' }] })

/** Who a person of `role` is, on their own visit (its teacher / its family) or on another visit. */
function whoOf(role: Role, own: boolean): Who {
  if (role === 'parent') return { staffId: null, isParent: true, boundStudentIds: own ? ['stu-1'] : ['stu-9'] }
  // School admins and the district never visit: "own" is still someone not on this visit.
  const visits = !['school_admin', 'district'].includes(role)
  return { staffId: own && visits ? 'stf-1' : 'stf-9', isParent: false, boundStudentIds: [] }
}

describe('who takes part: every role × own / other visit', () => {
  const table: Array<[Role, 'own' | 'other', 'host' | 'guest' | null]> = ROLES.flatMap((role) => {
    const ownSide = role === 'parent' ? 'guest' : ['school_admin', 'district'].includes(role) ? null : 'host'
    return [
      [role, 'own', ownSide],
      [role, 'other', null],
    ] as Array<[Role, 'own' | 'other', 'host' | 'guest' | null]>
  })
  test.each(table)('%s on %s visit → %s', (role, which, side) => {
    expect(sideIn(visit, whoOf(role, which === 'own'))).toBe(side)
  })

  test('a co-visitor is a host; a parent whose binding is not approved (not among bound children) is nobody', () => {
    expect(sideIn(visit, { staffId: 'stf-co', isParent: false, boundStudentIds: [] })).toBe('host')
    expect(sideIn(visit, { staffId: null, isParent: true, boundStudentIds: [] })).toBeNull()
    // A staff member who is also the child's parent takes part as a guardian only through the parent check.
    expect(sideIn(visit, { staffId: 'stf-9', isParent: true, boundStudentIds: ['stu-1'] })).toBe('guest')
  })
})

describe('room ids', () => {
  test('one visit: v:<visitId>; group: the teacher and the start; none before agreement', () => {
    expect(roomIdOf(visit)).toBe('v:vis-1')
    const group = buildScheduled({ agreed: { ...visit.agreed!, option: buildOption({ format: 'group' }) } })
    expect(roomIdOf(group)).toBe(`g:usr-stf-1:${at('2026-12-03T15:00:00')}`)
    expect(roomIdOf({ ...group, _id: 'vis-2' })).toBe(roomIdOf(group))
    expect(roomIdOf({ ...visit, agreed: null })).toBeNull()
  })
})

describe('labels per viewer', () => {
  const host = { userId: 'usr-stf-1', side: 'host' as const, visitId: 'vis-1', name: '王' }
  const mine = { userId: 'usr-p', side: 'guest' as const, visitId: 'vis-1', name: '李奶奶' }
  const theirs = { userId: 'usr-q', side: 'guest' as const, visitId: 'vis-2', name: '张爸爸' }
  test('in a group room a family sees the teacher by name and other families as 其他家长', () => {
    expect(labelFor(mine, host, true)).toBe('王老师')
    expect(labelFor(mine, mine, true)).toBe('李奶奶（家长）')
    expect(labelFor(mine, theirs, true)).toBe(OTHER_FAMILY)
  })
  test('the host sees every family by name; outside group rooms names are shown', () => {
    expect(labelFor(host, theirs, true)).toBe('张爸爸（家长）')
    expect(labelFor(mine, theirs, false)).toBe('张爸爸（家长）')
  })
})

describe('when a call may be held: the agreed day, Shanghai time', () => {
  test.each([
    ['2026-12-02T23:59:59', 'early'],
    ['2026-12-03T00:00:00', 'open'],
    ['2026-12-03T23:59:00', 'open'],
    ['2026-12-04T00:00:00', 'over'],
  ] as const)('at %s → %s', (local, expected) => {
    expect(callWindow(visit, new Date(at(local)))).toBe(expected)
  })
  test('not agreed or no longer scheduled: never', () => {
    expect(callWindow({ ...visit, status: 'cancelled' }, new Date(at('2026-12-03T15:00:00')))).toBe('not_agreed')
    expect(callWindow({ ...visit, agreed: null }, new Date(at('2026-12-03T15:00:00')))).toBe('not_agreed')
  })
})

test('meeting numbers: 9–12 digits as people type them', () => {
  expect(meetingNumberOf('123 456 789')).toBe('123456789')
  expect(meetingNumberOf('1234-5678-9012')).toBe('123456789012')
  expect(meetingNumberOf('12345678')).toBeNull()
  expect(meetingNumberOf('1234567890123')).toBeNull()
  expect(meetingNumberOf('12345678a')).toBeNull()
})

test('ending: whoever is in the call has left; ending twice is one end', () => {
  const p = { userId: 'u', side: 'guest' as const, visitId: 'v', camera: true, microphone: true, lastSeenAt: 'x' }
  const call = {
    state: 'in_call',
    endedAt: null,
    participants: [
      { ...p, firstJoinedAt: '1', lastJoinedAt: '3', lastLeftAt: '2' },
      { ...p, userId: 'w', firstJoinedAt: '1', lastJoinedAt: '1', lastLeftAt: '2' },
    ],
  } as unknown as VideoCall
  const ended = endedCall(call, '9')!
  expect(ended).toMatchObject({ state: 'ended', endedAt: '9' })
  expect(ended.participants.map((x) => x.lastLeftAt)).toEqual(['9', '2'])
  expect(endedCall(ended, '10')).toBeNull()
})

test("a teacher's group visits at the same start share the time; anything else overlapping clashes", () => {
  const group = buildOption({ format: 'group' })
  expect(clashes(group, { ...group, endAt: at('2026-12-03T16:30:00') })).toBe(false)
  expect(clashes(group, buildOption({ format: 'home' }))).toBe(true)
  expect(clashes(group, buildOption({ format: 'video' }))).toBe(true)
  expect(clashes(group, buildOption({ format: 'group', startAt: at('2026-12-03T15:30:00'), endAt: at('2026-12-03T16:30:00') }))).toBe(true)
})

import { DEFAULT_CALENDAR, periodsOn } from '../../../src/core/coverage/calendar'
import { dueFor, familyCoverage, measuresOf, type ClassFacts, type StaffFacts } from '../../../src/core/coverage/rules'

const staff = (staffId: string, extra: Partial<StaffFacts> = {}): StaffFacts => ({
  staffId,
  status: 'active',
  roles: ['head_teacher', 'subject_teacher'],
  teachings: [],
  ...extra,
})
const STAFF = new Map<string, StaffFacts>(
  [
    staff('head-3-2'),
    staff('head-5-1'),
    staff('maths-5-1', { roles: ['subject_teacher'], teachings: [{ classId: 'c5-1', subject: '数学' }] }),
    staff('mentor', { roles: ['mentor'] }),
    staff('gone', { status: 'revoked' }),
    staff('principal', { roles: ['principal'] }),
  ].map((s) => [s.staffId, s]),
)
const CLASSES = new Map<string, ClassFacts>([
  ['c3-2', { classId: 'c3-2', headTeacherId: 'head-3-2' }],
  ['c5-1', { classId: 'c5-1', headTeacherId: 'head-5-1' }],
  ['c6-1', { classId: 'c6-1', headTeacherId: null }],
])
const child = (classId: string, grade: number, extra: { mentorIds?: string[]; difficultySubjects?: string[] } = {}) => ({
  classId,
  grade,
  mentorIds: extra.mentorIds ?? [],
  difficultySubjects: extra.difficultySubjects ?? [],
})
const AUTUMN = periodsOn(DEFAULT_CALENDAR, '2026-12-01')
const SPRING = periodsOn(DEFAULT_CALENDAR, '2027-03-01')

describe('who owns a family (one owner, whatever the roster)', () => {
  test('siblings in two classes: counted once, under the youngest child’s class, owned by its head teacher', () => {
    const f = familyCoverage({ children: [child('c5-1', 5), child('c3-2', 3)], special: false, assignedTo: null }, CLASSES, STAFF)
    expect(f).toEqual({ classId: 'c3-2', grade: 3, special: false, active: true, ownerId: 'head-3-2', ownerWhy: 'head_teacher' })
  })

  test('a mentored child: the mentor; a learning difficulty: that subject’s teacher; a leader’s assignment wins', () => {
    const mentored = familyCoverage({ children: [child('c5-1', 5, { mentorIds: ['mentor'] })], special: false, assignedTo: null }, CLASSES, STAFF)
    expect(mentored).toMatchObject({ ownerId: 'mentor', ownerWhy: 'mentor' })
    const struggling = { children: [child('c5-1', 5, { difficultySubjects: ['数学'] })], special: false, assignedTo: null }
    expect(familyCoverage(struggling, CLASSES, STAFF)).toMatchObject({ ownerId: 'maths-5-1', ownerWhy: 'difficulty_teacher' })
    expect(familyCoverage({ ...struggling, assignedTo: 'principal' }, CLASSES, STAFF)).toMatchObject({ ownerId: 'principal', ownerWhy: 'assigned' })
  })

  test('someone who left the school owns nothing: the next rule applies, or nobody (a leader must assign)', () => {
    expect(familyCoverage({ children: [child('c5-1', 5, { mentorIds: ['gone'] })], special: false, assignedTo: 'gone' }, CLASSES, STAFF)).toMatchObject(
      { ownerId: 'head-5-1', ownerWhy: 'head_teacher' },
    )
    expect(familyCoverage({ children: [child('c6-1', 6)], special: false, assignedTo: null }, CLASSES, STAFF)).toMatchObject({
      active: true,
      ownerId: null,
    })
  })

  test('a family whose children all left is no longer due; a newcomer’s family is due from now', () => {
    const left = familyCoverage({ children: [], special: true, assignedTo: null }, CLASSES, STAFF)
    expect(left.active).toBe(false)
    expect(dueFor(left, AUTUMN)).toBeNull()
    const arrived = familyCoverage({ children: [child('c3-2', 3)], special: false, assignedTo: null }, CLASSES, STAFF)
    expect(dueFor(arrived, AUTUMN)).toEqual({ periodId: '2026-year', deadline: '2027-08-31', special: false })
  })
})

describe('what is due', () => {
  test('a special category added mid-semester makes the family due this semester; every family once a school year', () => {
    const before = { active: true, special: false }
    expect(dueFor(before, AUTUMN)).toEqual({ periodId: '2026-year', deadline: '2027-08-31', special: false })
    expect(dueFor({ ...before, special: true }, AUTUMN)).toEqual({ periodId: '2026-autumn', deadline: '2027-01-31', special: true })
    expect(dueFor({ ...before, special: true }, SPRING)).toEqual({ periodId: '2026-spring', deadline: '2027-08-31', special: true })
  })
})

describe('measures (defined once)', () => {
  const now = new Date('2026-12-01T02:00:00Z')
  test('cumulative: agreed and passed counts as held until the record exists', () => {
    expect(measuresOf({ state: 'proposed', startAt: null }, now)).toEqual(['proposed'])
    expect(measuresOf({ state: 'scheduled', startAt: '2026-12-03T11:00:00.000Z' }, now)).toEqual(['proposed', 'scheduled'])
    expect(measuresOf({ state: 'scheduled', startAt: '2026-11-30T11:00:00.000Z' }, now)).toEqual(['proposed', 'scheduled', 'held'])
    expect(measuresOf({ state: 'completed', startAt: '2026-11-30T11:00:00.000Z' }, now)).toEqual(['proposed', 'scheduled', 'held', 'completed'])
    expect(measuresOf({ state: 'confirmed', startAt: '2026-11-30T11:00:00.000Z' }, now)).toContain('confirmed')
  })
})

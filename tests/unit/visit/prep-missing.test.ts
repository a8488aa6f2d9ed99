// The prep gate's rule: what a pack still lacks, table by table; the server and the screen use the same words.
import { prepMissing, type OutlineItem } from '../../../src/core/visit/prep.rules'
import { colleagueWhy } from '../../../src/core/visit/prep-colleagues.rules'

const STRENGTH = '至少写一条孩子的闪光点'
const QUESTION = '至少写一个想问家长的问题'
const TALK = '家访前先和孩子谈一谈，并勾选“已和孩子谈过”'
const strength: OutlineItem = { domain: 'moral', kind: 'strength', text: '乐于助人' }
const growth: OutlineItem = { domain: 'study', kind: 'growth', text: '作业按时完成' }

test.each([
  ['no pack at all', null, [STRENGTH, QUESTION, TALK]],
  ['an empty pack', { outline: [], questions: [], talkedWithStudent: false }, [STRENGTH, QUESTION, TALK]],
  ['only a growth point', { outline: [growth], questions: ['在家读书吗？'], talkedWithStudent: true }, [STRENGTH]],
  ['a blank strength', { outline: [{ ...strength, text: '  ' }], questions: ['在家读书吗？'], talkedWithStudent: true }, [STRENGTH]],
  ['a blank question', { outline: [strength], questions: [' '], talkedWithStudent: true }, [QUESTION]],
  ['not talked with the child', { outline: [strength, growth], questions: ['在家读书吗？'], talkedWithStudent: false }, [TALK]],
  ['complete', { outline: [growth, strength], questions: ['在家读书吗？'], talkedWithStudent: true }, []],
] as const)('%s', (_name, prep, missing) => {
  expect(prepMissing(prep as Parameters<typeof prepMissing>[0])).toEqual(missing)
})

describe('which colleagues may be asked', () => {
  const child = { schoolId: 's1', classId: 'c1', mentorIds: ['m'] }
  const classes = [
    { _id: 'c1', grade: 3 },
    { _id: 'c2', grade: 3 },
    { _id: 'c3', grade: 4 },
  ]
  const staff = (over: Partial<Parameters<typeof colleagueWhy>[0]>) => ({
    _id: 'x',
    schoolId: 's1',
    status: 'active' as const,
    roles: ['subject_teacher' as const],
    headClassIds: [] as string[],
    teachings: [] as { classId: string; subject: string }[],
    ...over,
  })
  test.each([
    ['head teacher of the class', staff({ roles: ['head_teacher'], headClassIds: ['c1'] }), '班主任'],
    ['the child’s mentor', staff({ _id: 'm', roles: ['mentor'] }), '导师'],
    ['teaches the class', staff({ teachings: [{ classId: 'c1', subject: '数学' }] }), '数学老师'],
    ['teaches the same grade', staff({ teachings: [{ classId: 'c2', subject: '英语' }] }), '同年级英语老师'],
    ['teaches another grade only', staff({ teachings: [{ classId: 'c3', subject: '英语' }] }), null],
    ['another school', staff({ schoolId: 's2', teachings: [{ classId: 'c1', subject: '数学' }] }), null],
    ['revoked', staff({ status: 'revoked', teachings: [{ classId: 'c1', subject: '数学' }] }), null],
  ] as const)('%s', (_name, s, why) => {
    expect(colleagueWhy(s as Parameters<typeof colleagueWhy>[0], [child], classes)).toBe(why)
  })
})

import { homesFor } from '../../src/core/roles'

test.each([
  [['head_teacher', 'subject_teacher'], ['teacher']],
  [
    ['principal', 'head_teacher'],
    ['leader', 'teacher'],
  ],
  [['school_admin'], ['admin']],
  [
    ['subject_teacher', 'parent'],
    ['teacher', 'parent'],
  ],
  [['district'], ['district']],
  [[], []],
] as const)('roles %j open homes %j', (roles, homes) => {
  expect(homesFor(roles)).toEqual(homes)
})

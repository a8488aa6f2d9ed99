// The correction task's one decision: only its head teacher handles it, once; the same note again is a retry.
import { handleCorrection, type Correction } from '../../../src/core/privacy/correction.schema'

const now = new Date('2026-12-03T02:00:00.000Z')
const open: Correction = {
  _id: 'cor-1',
  _v: 1,
  schoolId: 'sch',
  familyId: 'fam',
  studentId: 'stu',
  classId: 'cls',
  userId: 'usr-parent',
  applicantName: '袁丽',
  studentName: '潘嘉',
  ownerId: 'stf-head',
  item: 'student',
  text: '出生年月不对',
  createdAt: '2026-12-01T02:00:00.000Z',
  state: 'open',
  handled: null,
}
const handled = { ...open, state: 'handled' as const, handled: { note: '已改正', at: now.toISOString(), by: 'stf-head' } }

test.each([
  [
    'open, its head teacher',
    open,
    'stf-head',
    '已改正',
    { ok: true, data: { state: 'handled', handled: { note: '已改正', at: now.toISOString(), by: 'stf-head' } } },
  ],
  ['open, another teacher (answered as missing)', open, 'stf-other', '已改正', { ok: false, error: { code: 'DATA.NOT_FOUND' } }],
  ['handled, the same note again (a retry)', handled, 'stf-head', '已改正', { ok: true, data: null }],
  ['handled, a different note', handled, 'stf-head', '另一条', { ok: false, error: { code: 'DATA.CONFLICT' } }],
  ['handled, another teacher', handled, 'stf-other', '已改正', { ok: false, error: { code: 'DATA.NOT_FOUND' } }],
] as const)('%s', (_name, c, staffId, note, expected) => {
  expect(handleCorrection(c, staffId, note, now)).toMatchObject(expected)
})

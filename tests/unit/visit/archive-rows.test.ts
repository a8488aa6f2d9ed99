// The archive export's columns follow the caller's level: internal notes only for the full archive.
import type { Archive, ArchiveVisit } from '../../../src/core/contract/visits-archive.contract'
import { archiveSheet } from '../../../src/core/visit/archive.rows'
import { RecordSchema, sharedPart } from '../../../src/core/visit/record.rules'
import { sampleRecord } from '../../support/record'

const record = RecordSchema.parse(sampleRecord())
const visit = (level: Archive['level']): ArchiveVisit => ({
  visitId: 'v1',
  startAt: '2026-11-30T07:00:00.000Z',
  format: 'home',
  status: 'completed',
  visitorName: '王芳',
  coVisitorNames: ['李强'],
  submitted: true,
  record: level === 'full' ? record : null,
  shared: { ...sharedPart(record), summary: level === 'teaching' ? null : record.summary },
  followUps: [],
})
const sheet = (level: Archive['level']) =>
  archiveSheet({ studentId: 's', studentName: '小明', className: '三年级2班', level, visits: [visit(level), visit(level)] })

test('one row per visit; time in Shanghai, format and every visitor named', () => {
  const { header, rows } = sheet('full')
  expect(rows).toHaveLength(2)
  expect(rows[0]!.slice(0, 4)).toEqual(['2026年11月30日 15:00', '入户', '王芳、李强', '已记录'])
  expect(header).toEqual(expect.arrayContaining(['给家长的小结', '内部备注', '家长意见']))
  expect(rows[0]!.join('|')).toContain(record.notes)
})

test.each([
  ['teaching', ['给家长的小结', '内部备注', '家长意见']],
  ['parent', ['内部备注', '家长意见', '可以一起努力的地方']],
] as const)('%s: no column for what the level may not see', (level, hidden) => {
  const { header, rows } = sheet(level)
  for (const h of hidden) expect(header).not.toContain(h)
  expect(rows[0]!.join('|')).not.toContain(record.notes)
  expect(rows[0]!.join('|')).toContain('数学课上爱动脑筋')
})

test('the plan follow-ups column says which were done and which were closed because the child left', () => {
  const followUps = [
    { dueDate: '2026-12-20', text: '回访阅读情况', done: false, closed: null },
    { dueDate: '2026-12-27', text: '电话问问作业', done: true, closed: null },
    { dueDate: '2027-01-05', text: '再约一次家访', done: true, closed: '学生已离校' },
  ]
  const { header, rows } = archiveSheet({
    studentId: 's',
    studentName: '小明',
    className: '三年级2班',
    level: 'full',
    visits: [{ ...visit('full'), followUps }],
  })
  expect(rows[0]![header.indexOf('跟进安排')]).toBe(
    '2026-12-20 回访阅读情况\n2026-12-27 电话问问作业（已完成）\n2027-01-05 再约一次家访（已结束：学生已离校）',
  )
})

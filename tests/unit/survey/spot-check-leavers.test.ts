// A spot-check pick after children leave: still to call, only the children on roll are named and a family
// with none left is dropped; a call begun (started or recorded) is history, every child named, leavers marked.
import { keepsPick, pickChildren } from '../../../src/core/survey/spot-check.record'

const at = '2026-12-01T02:00:00.000Z'
const onRoll = { name: '田豪泽', leftAt: null }
const left = { name: '田小雨', leftAt: at }
const outcome = { reached: false, tookPlace: null, satisfied: null, offered: null, note: '' }

it.each([
  ['not called, one child on roll', [onRoll, left], null, true, '田豪泽'],
  ['not called, all left', [left], null, false, ''],
  ['not called, family erased', [], null, false, ''],
  ['started, all left', [left], { startedAt: at, outcome: null }, true, '田小雨（已离校）'],
  ['recorded, one left', [onRoll, left], { startedAt: null, outcome }, true, '田豪泽、田小雨（已离校）'],
  ['a call document without a start or outcome is not begun', [left], { startedAt: null, outcome: null }, false, ''],
] as const)('%s', (_what, children, call, kept, names) => {
  expect(keepsPick(children, call)).toBe(kept)
  expect(pickChildren(children, call)).toBe(names)
})

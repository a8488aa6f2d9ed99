// Answering a request to join a visit: state × answer, and the texts that name no family.
import { answerOf, isCoVisitor, isJoinable, JOIN_TEXTS } from '../../../src/core/visit/join.rules'
import { buildVisit } from '../../support/builders'

test.each([
  ['pending', true, { kind: 'write', state: 'accepted' }],
  ['pending', false, { kind: 'write', state: 'declined' }],
  ['accepted', true, { kind: 'same' }],
  ['declined', false, { kind: 'same' }],
  ['accepted', false, { kind: 'changed', message: '您已经同意了这个申请，不能再更改' }],
  ['declined', true, { kind: 'changed', message: '您已经不同意了这个申请，不能再更改' }],
] as const)('a %s request answered accept=%s', (state, accept, expected) => {
  expect(answerOf({ state }, accept)).toEqual(expected)
})

test('only an open visit takes a co-visitor; a co-visitor is found by staff id', () => {
  expect(isJoinable(buildVisit({ status: 'scheduled' }))).toBe(true)
  expect(isJoinable(buildVisit({ status: 'cancelled' }))).toBe(false)
  expect(isJoinable(buildVisit({ status: 'completed' }))).toBe(false)
  const v = buildVisit({ coVisitors: [{ staffId: 'stf-2', userId: 'usr-2', name: '李老师' }] })
  expect(isCoVisitor(v, 'stf-2')).toBe(true)
  expect(isCoVisitor(v, 'stf-1')).toBe(false)
})

test('the inbox texts name the teachers only', () => {
  expect(JOIN_TEXTS.asked('王')).toEqual({ title: '共同家访申请', body: '王老师申请与您一起家访，请打开家访页面同意或不同意。' })
  expect(JOIN_TEXTS.accepted('李').body).toMatch(/^李老师同意您一起家访/)
})

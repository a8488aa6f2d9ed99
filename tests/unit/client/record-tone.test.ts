// The record form's texts as the tone check reads them, their names, and a rewording put back in place.
import { rephrased, toneLabelOf, toneTextsOf } from '../../../src/packages/visit/components/record-tone'
import type { Form } from '../../../src/packages/visit/components/record-form-state'

const form: Form = {
  homeBehaviour: { choice: undefined, text: '在家总是玩手机' },
  feedback: [{ domain: 'study', kind: 'strength', text: '爱动脑筋' }],
  strategies: ['每天阅读', '孩子从来不听，家长多管'],
  opinions: [],
  summary: '',
  notes: '内部',
} as unknown as Form

test('every filled text, keyed by where it sits', () => {
  expect(toneTextsOf(form).map((t) => t.field)).toEqual(['topic:homeBehaviour', 'feedback:0', 'strategies:0', 'strategies:1', 'notes'])
})

test('names as the form shows them', () => {
  expect(toneLabelOf('topic:homeBehaviour')).toBe('在家表现')
  expect(toneLabelOf('strategies:1')).toBe('共育策略（第2条）')
  expect(toneLabelOf('summary')).toBe('给家长的小结')
})

test('a rewording replaces exactly the flagged words of that one field', () => {
  const next = rephrased(form, 'strategies:1', 2, 6, '这几次没有听')
  expect(next.strategies).toEqual(['每天阅读', '孩子这几次没有听，家长多管'])
  expect(rephrased(form, 'topic:homeBehaviour', 2, 4, '有时').homeBehaviour).toEqual({ choice: undefined, text: '在家有时玩手机' })
  expect(rephrased(form, 'opinions:3', 0, 1, 'x')).toBe(form)
})

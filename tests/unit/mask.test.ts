import { maskName, maskPhone } from '../../src/core/privacy/mask'

test('a name in a log keeps its first character only', () => {
  expect(maskName('梁小红')).toBe('梁**')
  expect(maskName('王五')).toBe('王*')
  expect(maskName('欧阳娜娜')).toBe('欧***')
  expect(maskName('')).toBe('**')
})

test('a phone keeps its first three and last four digits', () => {
  expect(maskPhone('13812345678')).toBe('138****5678')
})

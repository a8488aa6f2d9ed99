// The record form's opinions as saved and sent: a blank row is dropped together with its route, so every
// kept opinion keeps the route the teacher chose for it; a form without choices sends the class for all.
import { draftOf, inputOf, type Form } from '../../../src/packages/visit/components/record-form-state'

test('a blank opinion leaves with its route; the others keep theirs', () => {
  const form: Form = { opinions: ['  ', '食堂菜谱', '', '作业少一点'], opinionRoutes: ['school', 'school', 'class'] }
  expect(draftOf(form)).toMatchObject({ opinions: ['食堂菜谱', '作业少一点'], opinionRoutes: ['school', 'class'] })
  expect(inputOf(form)).toMatchObject({ opinions: ['食堂菜谱', '作业少一点'], opinionRoutes: ['school', 'class'] })
})

test('opinions written without a choice go to the class', () => {
  expect(inputOf({ opinions: ['多组织户外活动'] })).toMatchObject({ opinions: ['多组织户外活动'], opinionRoutes: ['class'] })
  expect(inputOf({})).toMatchObject({ opinions: [], opinionRoutes: [] })
})

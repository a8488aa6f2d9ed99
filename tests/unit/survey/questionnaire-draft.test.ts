// The district's draft of a new questionnaire version: numbered after every existing one, new questions
// the schema accepts once filled in, read-aloud texts that follow edits, and problems said where they are.
import {
  draftFrom,
  draftProblems,
  editQuestion,
  isLocked,
  newOption,
  newQuestion,
  nextVersion,
} from '../../../src/core/survey/questionnaire.draft'
import { QuestionnaireDefinitionSchema } from '../../../src/core/survey/questionnaire.schema'
import { QUESTIONNAIRE_V1 } from '../../../src/core/survey/questionnaire.v1'

test('the next version number follows the highest vN, whatever else exists', () => {
  expect(nextVersion(['v1'])).toBe('v2')
  expect(nextVersion(['v3', 'v1', '2027-spring', 'v10'])).toBe('v11')
  expect(nextVersion([])).toBe('v1')
})

test('a draft copies the current version under the next number, without touching the original', () => {
  const d = draftFrom(QUESTIONNAIRE_V1, ['v1'])
  expect(d.version).toBe('v2')
  expect(draftProblems(d)).toEqual([])
  d.questions[1]!.options![0]!.label = '非常满意'
  expect(QUESTIONNAIRE_V1.questions[1]!.options[0]!.label).toBe('满意')
})

test('new questions get free ids; filled in they publish; blank they are named by number and field', () => {
  const d = draftFrom(QUESTIONNAIRE_V1, ['v1'])
  const choice = newQuestion('single_choice', d)
  const yesNo = newQuestion('yes_no', { ...d, questions: [...d.questions, choice] })
  expect([choice.id, yesNo.id]).toEqual(['q1', 'q2'])
  const blank = { ...d, questions: [...d.questions, choice] }
  expect(draftProblems(blank)).toEqual(
    expect.arrayContaining(['第7题的简称：请填写这一项', '第7题的题目：请填写这一项', '第7题的第1个选项：请填写这一项']),
  )
  expect(draftProblems(blank).join()).not.toMatch(/[a-zA-Z]/)
  const filled = editQuestion(choice, {
    label: '时间是否合适',
    prompt: '家访的时间合适吗？',
    options: [
      { value: 'o1', label: '合适' },
      { value: 'o2', label: '不太合适' },
    ],
  })
  expect(filled.readAloud).toBe('家访的时间合适吗？可以选：合适；不太合适。')
  const ok = { ...d, questions: [...d.questions, filled] }
  expect(draftProblems(ok)).toEqual([])
  expect(QuestionnaireDefinitionSchema.parse(ok).questions).toHaveLength(7)
  expect(newOption(filled).value).toBe('o3')
})

test('the questions the figures read are locked; dropping one, or an empty title, is said in plain Chinese', () => {
  const d = draftFrom(QUESTIONNAIRE_V1, ['v1'])
  expect(d.questions.filter(isLocked).map((q) => q.id)).toEqual(['took_place', 'satisfaction', 'offered'])
  const without = { ...d, title: '', questions: d.questions.filter((q) => q.id !== 'satisfaction') }
  expect(draftProblems(without)).toEqual(['问卷标题：请填写这一项', '必须有一道必答的“总体满意度”题（用于统计到位率和满意率）'])
  const tooMany = { ...d, questions: [...d.questions, ...Array.from({ length: 15 }, (_, i) => ({ ...d.questions[2]!, id: `x${i}` }))] }
  expect(draftProblems(tooMany)).toEqual(['最多20道题'])
})

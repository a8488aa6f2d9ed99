// The district's unpublished draft read back from the device: half-typed drafts come back as typed,
// a number published meanwhile moves to the next one, a damaged copy is dropped, and the notice says so.
import { draftFrom, newQuestion } from '../../../src/core/survey/questionnaire.draft'
import { restoreDraft, restoredNotice, type SavedDraft } from '../../../src/core/survey/questionnaire.saved-draft'
import { QUESTIONNAIRE_V1 } from '../../../src/core/survey/questionnaire.v1'

const base = draftFrom(QUESTIONNAIRE_V1, ['v1'])
// A blank new question, as saved while typing: it does not publish, but it must come back.
const typed = { ...base, title: '家访回访问卷（第二版）', questions: [...base.questions, newQuestion('yes_no', base)] }
const saved: SavedDraft = { from: 'v1', savedAt: '2026-12-01T02:00:00.000Z', draft: JSON.parse(JSON.stringify(typed)) }

test('a half-typed draft comes back as typed, under its own number while nobody took it', () => {
  const r = restoreDraft(saved, ['v1'])
  expect(r).toMatchObject({ from: 'v1', renumberedFrom: null, draft: { version: 'v2', title: '家访回访问卷（第二版）' } })
  expect(r!.draft.questions).toHaveLength(7)
  expect(r!.draft.questions[6]).toMatchObject({ kind: 'yes_no', prompt: '', label: '' })
  expect(restoredNotice(r!, 'v1')).toBe('已恢复上次未发布的草稿')
})

test('someone published its number meanwhile: the draft still applies, under the next number, and says so', () => {
  const r = restoreDraft(saved, ['v1', 'v2'])
  expect(r).toMatchObject({ from: 'v1', renumberedFrom: 'v2', draft: { version: 'v3', title: '家访回访问卷（第二版）' } })
  expect(restoredNotice(r!, 'v2')).toBe('已恢复上次未发布的草稿（期间已经发布了 v2，这份草稿改为 v3；草稿是从 v1 改的，现在使用的是 v2）')
})

test('nothing saved, or something unreadable, restores nothing', () => {
  expect(restoreDraft(null, ['v1'])).toBeNull()
  expect(restoreDraft('', ['v1'])).toBeNull()
  expect(restoreDraft({ from: 'v1', draft: { version: 'v2' } }, ['v1'])).toBeNull()
  expect(restoreDraft({ ...saved, draft: { ...saved.draft, questions: [{ id: 'x', kind: 'essay' }] } }, ['v1'])).toBeNull()
})

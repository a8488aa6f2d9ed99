// The record form's tone check: staff only, flags per field with offsets into the text as typed,
// long texts refused in Chinese, and nothing stored anywhere (the texts are never written).
import { COLLECTION_NAMES } from '../../src/core/collections'
import { demo } from '../support/demo'
import { fingerprint, ok, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeEach(async () => {
  srv = await startTestServer({ clock: () => new Date('2026-12-01T02:00:00.000Z') })
})
afterEach(() => srv.close())

const CLASS_ID = 'cls-qs-3-2'
const head = demo.headTeacher(CLASS_ID)
const family = demo.familiesOf(CLASS_ID)[0]!
const SECRET_LINE = '孩子在家总是不交作业，家长不配合。'

/** Every stored document as text: the checked sentences must appear nowhere. */
async function everything(): Promise<string> {
  const parts: string[] = []
  for (const coll of COLLECTION_NAMES) {
    for (let skip = 0; ; skip += 100) {
      const page = await srv.direct.find(coll, { limit: 100, skip })
      parts.push(JSON.stringify(page))
      if (page.length < 100) break
    }
  }
  return parts.join('\n')
}

describe('toneCheck', () => {
  test('a teacher gets the flags of each field, with offsets into the text as typed; nothing is stored', async () => {
    const before = await fingerprint(srv.direct)
    const texts = [
      { field: 'homeBehaviour', text: `  ${SECRET_LINE}` },
      { field: 'strengths', text: '喜欢画画，从不迟到。' },
    ]
    const { results } = ok(await srv.call(head, 'visits', 'toneCheck', { texts }))
    expect(results.map((r) => [r.field, r.flags.map((f) => [f.rule, f.words])])).toEqual([
      [
        'homeBehaviour',
        [
          ['absolute', '总是'],
          ['parent-blame', '家长不配合'],
        ],
      ],
      ['strengths', []],
    ])
    const flag = results[0]!.flags[0]!
    expect(texts[0]!.text.slice(flag.start, flag.end)).toBe('总是')
    expect(flag.explanation).toMatch(/^绝对化的说法：/)
    expect(await fingerprint(srv.direct)).toBe(before)
    expect(await everything()).not.toContain('不交作业')
  })

  test('parents and strangers are refused', async () => {
    const input = { texts: [{ field: 'x', text: SECRET_LINE }] }
    expect(await srv.callRaw(family.parent, 'visits', 'toneCheck', input)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(await srv.callRaw(null, 'visits', 'toneCheck', input)).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
  })

  test.each([
    ['a text over 2,000 characters', { texts: [{ field: 'a', text: '好'.repeat(2001) }] }, 'TONE.TOO_LONG', '最多检查2000个字'],
    [
      'over 6,000 characters in all',
      { texts: [1, 2, 3, 4].map((n) => ({ field: `f${n}`, text: '好'.repeat(1600) })) },
      'TONE.TOO_LONG',
      '一次最多检查6000个字',
    ],
    [
      'more than 20 texts',
      { texts: Array.from({ length: 21 }, (_, n) => ({ field: `f${n}`, text: '好' })) },
      'INPUT.INVALID',
      '最多检查20段',
    ],
    ['an empty field name', { texts: [{ field: '', text: '好' }] }, 'INPUT.INVALID', '栏目不正确'],
    ['a stray key', { texts: [], extra: 1 }, 'INPUT.INVALID', ''],
  ])('%s: refused in Chinese, nothing stored', async (_, input, code, message) => {
    const before = await fingerprint(srv.direct)
    const res = await srv.callRaw(head, 'visits', 'toneCheck', input)
    expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } })
    expect(res.ok ? '' : res.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await fingerprint(srv.direct)).toBe(before)
  })
})

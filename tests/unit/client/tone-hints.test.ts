// The tone hints' pure parts: when a pause in typing asks the server, which flags still show, and the
// highlighted excerpt around a flag.
import { batchOf, confirmKey, excerptOf, keyOf, shouldCheck, visibleFlags, type Flag } from '../../../src/client/tone-hints'

const flag = (over: Partial<Flag>): Flag => ({
  rule: 'absolute',
  start: 1,
  end: 3,
  words: '总是',
  explanation: '绝对化的说法：“总是”…',
  suggestion: '最近有几次',
  example: '…',
  ...over,
})

describe('when to check', () => {
  const texts = [
    { field: 'home', text: '他总是不交作业' },
    { field: 'empty', text: '   ' },
  ]

  test('empty fields are not sent; nothing to send, nothing asked', () => {
    expect(batchOf(texts)).toEqual([{ field: 'home', text: '他总是不交作业' }])
    expect(shouldCheck(batchOf([{ field: 'a', text: '' }]), null)).toBe(false)
  })

  test('the same texts as last checked: not asked again; any change: asked', () => {
    const batch = batchOf(texts)
    expect(shouldCheck(batch, null)).toBe(true)
    expect(shouldCheck(batch, keyOf(batch))).toBe(false)
    expect(shouldCheck(batchOf([{ field: 'home', text: '他总是不交作业。' }]), keyOf(batch))).toBe(true)
  })

  test("within the server's limits: a field over 2,000 characters is left out, the batch stops at 6,000", () => {
    const long = { field: 'long', text: '好'.repeat(2001) }
    const big = (n: number) => ({ field: `f${n}`, text: '好'.repeat(1900) })
    expect(batchOf([long, big(1)]).map((t) => t.field)).toEqual(['f1'])
    expect(batchOf([1, 2, 3, 4].map(big)).map((t) => t.field)).toEqual(['f1', 'f2', 'f3'])
  })
})

describe('which flags show', () => {
  const results = [{ field: 'home', flags: [flag({}), flag({ rule: 'label', start: 8, end: 10, words: '太懒' })] }]

  test('a confirmed flag stops showing; the others stay', () => {
    const confirmed = new Set([confirmKey('home', { rule: 'absolute', words: '总是' })])
    expect(visibleFlags(results, [{ field: 'home', text: '他总是不交作业，太懒' }], confirmed).map((v) => v.flag.words)).toEqual(['太懒'])
  })

  test('a flag whose words are no longer where they were (rephrased, edited) is hidden until the next check', () => {
    const shown = visibleFlags(results, [{ field: 'home', text: '他最近有几次不交作业' }], new Set())
    expect(shown).toEqual([])
  })
})

describe('excerpt', () => {
  test('the flagged words with context either side, … where the text goes on', () => {
    const text = '孩子在家能主动收拾房间，但是作业总是拖到最后才写，晚上睡得比较晚，第二天上课没精神。'
    const at = text.indexOf('总是')
    expect(excerptOf(text, at, at + 2, 5)).toEqual({ before: '…，但是作业', hit: '总是', after: '拖到最后才…' })
    expect(excerptOf('总是迟到', 0, 2)).toEqual({ before: '', hit: '总是', after: '迟到' })
  })

  test('never cuts an emoji in half', () => {
    const text = '😀😀他太懒'
    expect(excerptOf(text, 5, 7, 2)).toEqual({ before: '…😀他', hit: '太懒', after: '' })
  })
})

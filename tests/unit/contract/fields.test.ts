// The shared field helpers: what a person may type, and how a refusal is worded.
import { id, instant, localDate, name, text, version } from '../../../src/core/contract/fields'
import '../../../src/core/contract'

const messageOf = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.success ? null : r.error!.issues[0]!.message

describe('names', () => {
  const childName = name(20, '孩子姓名')
  test.each([
    ['王小明', '王小明'],
    ['  李 华  ', '李 华'],
    ['阿卜杜·热合曼', '阿卜杜·热合曼'],
    ['👩‍👧 家', '👩‍👧 家'],
  ])('%j is kept as %j', (input, kept) => {
    expect(childName.parse(input)).toBe(kept)
  })

  test.each([
    ['', '请填写孩子姓名'],
    ['   \u3000 ', '请填写孩子姓名'],
    ['\u200b\u200b', '孩子姓名不能只有空格或看不见的字符，请填写内容'],
    ['\u2800\u3164', '孩子姓名不能只有空格或看不见的字符，请填写内容'],
    ['王\u0000明', '孩子姓名里有看不见的控制字符，请删掉后重新填写'],
    ['王\n明', '孩子姓名里有看不见的控制字符，请删掉后重新填写'],
    ['abc\u202Egpj.exe', '孩子姓名里有看不见的控制字符，请删掉后重新填写'],
    ['王\ud800明', '孩子姓名里有无法识别的字符，请删掉后重新填写'],
    ['王\udc00', '孩子姓名里有无法识别的字符，请删掉后重新填写'],
    ['名'.repeat(21), '孩子姓名不能超过20个字'],
    [undefined, '请填写孩子姓名'],
    [42, '孩子姓名格式不正确，请重新填写'],
  ])('%j is refused: %s', (input, message) => {
    expect(messageOf(childName.safeParse(input))).toBe(message)
  })
})

describe('free text', () => {
  const note = text(200, '留言')
  test('may be empty, keeps line breaks, refuses other control characters and invisible-only text', () => {
    expect(note.parse('')).toBe('')
    expect(note.parse('周六\n晚上\t可以')).toBe('周六\n晚上\t可以')
    expect(messageOf(note.safeParse('好\u0007'))).toBe('留言里有看不见的控制字符，请删掉后重新填写')
    expect(messageOf(note.safeParse('\u200b\u200d\ufeff'))).toBe('留言不能只有空格或看不见的字符，请填写内容')
  })
})

describe('ids, versions and dates', () => {
  test('an id is picked, not typed: anything odd asks for a refresh', () => {
    expect(id('学生').parse(' stu-qs-1 ')).toBe('stu-qs-1')
    expect(messageOf(id('学生').safeParse(undefined))).toBe('请选择学生')
    expect(messageOf(id('学生').safeParse('stu 1'))).toBe('学生不正确，请刷新页面后重试')
    expect(messageOf(id('学生').safeParse(7))).toBe('学生不正确，请刷新页面后重试')
  })

  test('a version that is not a whole number says the page is out of date', () => {
    for (const bad of [-1, 1.5, '3', null]) expect(messageOf(version().safeParse(bad))).toBe('页面上的信息不是最新的，请刷新后重试')
  })

  test.each(['2019-12-31', '2100-01-01', '0001-01-01', '9999-12-31'])('the day %s is out of range', (day) => {
    expect(messageOf(localDate('开始日期').safeParse(day))).toBe('开始日期超出了可以选择的范围（2020年到2099年），请重新选择')
  })

  test('days and instants inside the range pass; a malformed one asks to choose again', () => {
    expect(localDate('开始日期').parse('2026-12-01')).toBe('2026-12-01')
    expect(instant('开始时间').parse('2026-12-01T10:00:00+08:00')).toBe('2026-12-01T10:00:00+08:00')
    expect(messageOf(instant('开始时间').safeParse('2099-12-31T23:00:00-08:00'))).toMatch(/超出了可以选择的范围/)
    expect(messageOf(instant('开始时间').safeParse('明天下午'))).toBe('开始时间格式不正确，请重新选择')
  })
})

// A parent's free windows: what the form accepts (in Chinese when it does not) and how a teacher reads them.
import {
  availabilityWords,
  FormatListSchema,
  FreeWindowInputSchema,
  FreeWindowListSchema,
  unionAvailability,
  WINDOW_PRESETS,
} from '../../../src/core/visit/availability.rules'

const first = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => (r.success ? null : r.error!.issues[0]!.message)

describe('a free window', () => {
  test.each([
    [{ days: 'weekday', from: '19:00', to: '21:00' }, null],
    [{ days: 'weekend', from: '07:00', to: '22:00' }, null],
    [{ days: 'weekday', from: '06:55', to: '08:00' }, '开始时间应在早上7:00到晚上10:00之间'],
    [{ days: 'weekday', from: '21:00', to: '22:05' }, '结束时间应在早上7:00到晚上10:00之间'],
    [{ days: 'weekday', from: '19:03', to: '20:00' }, '开始时间请按5分钟取整'],
    [{ days: 'weekday', from: '20:00', to: '19:00' }, '结束时间要晚于开始时间，请重新选择'],
    [{ days: 'weekday', from: '20:00', to: '20:00' }, '结束时间要晚于开始时间，请重新选择'],
    [{ days: 'holiday', from: '19:00', to: '20:00' }, '请选择工作日还是周末'],
    [{ days: 'weekday', from: '7pm', to: '20:00' }, '开始时间格式不正确，请重新选择'],
    [{ days: 'weekday', from: '19:00' }, '请选择结束时间'],
  ])('%j → %s', (input, message) => {
    expect(first(FreeWindowInputSchema.safeParse(input))).toBe(message)
  })

  test('at most six windows, none twice; at least one format, none twice', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ days: 'weekday', from: `${10 + i}:00`, to: `${10 + i}:30` }))
    expect(first(FreeWindowListSchema.safeParse(seven))).toBe('最多选6个时间段')
    const twice = [WINDOW_PRESETS[0], WINDOW_PRESETS[0]].map(({ days, from, to }) => ({ days, from, to }))
    expect(first(FreeWindowListSchema.safeParse(twice))).toBe('有两个时间段是一样的，请删掉一个')
    expect(first(FormatListSchema.safeParse([]))).toBe('请至少选一种家访形式')
    expect(first(FormatListSchema.safeParse(['video', 'video']))).toBe('家访形式重复了，请重新选择')
    expect(first(FormatListSchema.safeParse(['phone']))).toBe('请选择家访形式')
  })
})

describe('what the teacher reads', () => {
  test.each([
    [null, '家长还没有说方便的时间（按工作日晚上、周末上午建议）'],
    [{ windows: [WINDOW_PRESETS[0]], formats: ['video'] }, '家长方便：工作日晚上19:00后；视频'],
    [{ windows: [{ days: 'weekend', from: '18:00', to: '20:00' }], formats: ['home', 'school'] }, '家长方便：周末18:00–20:00；入户、到校'],
    [{ windows: [], formats: ['group'] }, '家长方便：时间不限；分组'],
  ] as const)('%j → %s', (a, words) => {
    expect(availabilityWords(a as Parameters<typeof availabilityWords>[0])).toBe(words)
  })

  test("two guardians' choices together: each window and format once, weekdays first", () => {
    const mum = { windows: [WINDOW_PRESETS[3], WINDOW_PRESETS[0]], formats: ['video' as const] }
    const dad = { windows: [WINDOW_PRESETS[0]], formats: ['home' as const, 'video' as const] }
    const both = unionAvailability([mum, dad])
    expect(availabilityWords(both)).toBe('家长方便：工作日晚上19:00后、周末上午；入户、视频')
  })
})

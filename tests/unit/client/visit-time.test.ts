// Plain-word times and the chip picker's arithmetic, in Shanghai whatever the machine's zone.
import {
  clockWords,
  dayChips,
  draftToOption,
  draftsToOptions,
  emptyDraft,
  isPastChip,
  offerSentence,
  TIME_CHIPS,
  windowWords,
} from '../../../src/client/visit-time'

const NOW = new Date('2026-11-29T15:30:00.000Z') // Sunday 23:30 Shanghai (still Sunday there, Monday nowhere yet)

test('times read like people say them', () => {
  expect(clockWords('2026-12-03T07:00:00Z')).toBe('下午3:00')
  expect(clockWords('2026-12-03T01:30:00Z')).toBe('上午9:30')
  expect(clockWords('2026-12-03T04:30:00Z')).toBe('中午12:30')
  expect(clockWords('2026-12-03T11:00:00Z')).toBe('晚上7:00')
  expect(windowWords('2026-12-03T07:00:00Z', '2026-12-03T08:00:00Z')).toBe('12月3日（周四）下午3:00–4:00')
  expect(windowWords('2026-12-03T09:30:00Z', '2026-12-03T10:30:00Z')).toBe('12月3日（周四）下午5:30–晚上6:30')
})

test('a parent reads the teacher’s offer as one sentence', () => {
  expect(offerSentence('老师', { startAt: '2026-12-03T07:00:00Z', endAt: '2026-12-03T08:00:00Z', format: 'home', place: null })).toBe(
    '老师想在 12月3日（周四）下午3:00–4:00 到家里来看看孩子',
  )
  expect(
    offerSentence('老师', { startAt: '2026-12-03T07:00:00Z', endAt: '2026-12-03T08:00:00Z', format: 'school', place: '学校会议室' }),
  ).toContain('（地点：学校会议室）')
})

test('day chips: 14 Shanghai days from today, named 今天/明天/周X', () => {
  const days = dayChips(NOW)
  expect(days).toHaveLength(14)
  expect(days[0]).toEqual({ value: '2026-11-29', label: '今天 11月29日' })
  expect(days[1]).toEqual({ value: '2026-11-30', label: '明天 11月30日' })
  expect(days[2]).toEqual({ value: '2026-12-01', label: '周二 12月1日' })
  expect(days[13]!.value).toBe('2026-12-12')
  // 16:30 UTC is already Monday in Shanghai.
  expect(dayChips(new Date('2026-11-29T16:30:00Z'))[0]!.value).toBe('2026-11-30')
})

test('time chips run 08:00–20:30 every 30 minutes; past ones today are marked', () => {
  expect(TIME_CHIPS[0]).toBe('08:00')
  expect(TIME_CHIPS[TIME_CHIPS.length - 1]).toBe('20:30')
  expect(TIME_CHIPS).toHaveLength(26)
  const morning = new Date('2026-11-30T02:10:00Z') // 10:10 Shanghai
  expect(isPastChip('2026-11-30', '10:00', morning)).toBe(true)
  expect(isPastChip('2026-11-30', '10:30', morning)).toBe(false)
})

test('a finished draft becomes the server’s option with the +08:00 offset; place only away from home', () => {
  const d = { day: '2026-12-03', time: '15:00', minutes: 45, format: 'video' as const, place: ' 腾讯会议 ' }
  expect(draftToOption(d)).toEqual({
    startAt: '2026-12-03T15:00:00+08:00',
    endAt: '2026-12-03T15:45:00+08:00',
    format: 'video',
    place: '腾讯会议',
  })
  expect(draftToOption({ ...d, format: 'home' })!.place).toBeNull()
  expect(draftToOption({ ...d, time: null })).toBeNull()
})

test('unfinished drafts say what is missing, by number', () => {
  const done = { ...emptyDraft('home'), day: '2026-12-03', time: '15:00' }
  expect(draftsToOptions([done, { ...emptyDraft('home'), day: '2026-12-04' }])).toEqual({ ok: false, message: '第2个时间还没选开始时间' })
  expect(draftsToOptions([{ ...done, format: null }])).toEqual({ ok: false, message: '第1个时间还没选形式' })
  expect(draftsToOptions([])).toEqual({ ok: false, message: '请至少给出一个时间' })
  const okay = draftsToOptions([done])
  expect(okay.ok && okay.options).toHaveLength(1)
})

import { meetingDigits, spacedMeetingNumber, telUrl, tencentMeetingPath, wemeetUrl } from '../../../src/client/dial-links'

describe('fallback links', () => {
  test('a meeting number typed with spaces or dashes opens the same meeting', () => {
    expect(meetingDigits('123 456-789')).toBe('123456789')
    expect(tencentMeetingPath('123 456 789')).toBe('pages/index/index?chn=JiafangAssistant&code=123456789')
    expect(wemeetUrl('123-456-789')).toBe('wemeet://page/inmeeting?meeting_code=123456789')
  })

  test('without a number Tencent Meeting opens on its home page, where the user types it', () => {
    expect(tencentMeetingPath(null)).toBe('pages/index/index')
  })

  test('the number is shown in groups of three for reading aloud', () => {
    expect(spacedMeetingNumber('123456789')).toBe('123 456 789')
    expect(spacedMeetingNumber('1234567890')).toBe('123 456 789 0')
  })

  test('a tel: link keeps only what a dialer understands', () => {
    expect(telUrl('138-0013 8000')).toBe('tel:13800138000')
    expect(telUrl('+86 138 0013 8000')).toBe('tel:+8613800138000')
  })
})

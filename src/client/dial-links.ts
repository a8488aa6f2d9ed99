// Link formats of the fallbacks, kept apart from the platforms so they are tested once.

/** Tencent Meeting's mini-program (WeChat). */
export const TENCENT_MEETING_APP_ID = 'wx33fd6cdc62520063'
/** Who sent the user there, as Tencent Meeting's docs ask ("chn", letters and digits). */
const CHANNEL = 'JiafangAssistant'

/** Digits only: people type and paste numbers as "123 456 789" or "123-456-789". */
export const meetingDigits = (s: string) => s.replace(/[\s-]/g, '')

/** Read aloud and typed in groups of three: "123 456 789". */
export const spacedMeetingNumber = (n: string) => meetingDigits(n).replace(/(\d{3})(?=\d)/g, '$1 ')

/**
 * The page of Tencent Meeting's mini-program that joins a meeting, per Tencent Cloud's
 * "实现拉起腾讯会议微信小程序入会": pages/index/index?chn=…&code=<9–12 digits>. Without a code it
 * stays on its home page, where the user types the number we show.
 */
export const tencentMeetingPath = (meetingNumber: string | null) =>
  meetingNumber ? `pages/index/index?chn=${CHANNEL}&code=${encodeURIComponent(meetingDigits(meetingNumber))}` : 'pages/index/index'

/** The Tencent Meeting app's own scheme (phones and PCs with the app installed). */
export const wemeetUrl = (meetingNumber: string) =>
  `wemeet://page/inmeeting?meeting_code=${encodeURIComponent(meetingDigits(meetingNumber))}`

/** A tel: link keeps only what a dialer understands. */
export const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

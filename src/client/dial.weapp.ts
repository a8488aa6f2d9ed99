// WeChat: makePhoneCall, and a jump to Tencent Meeting's mini-program at the meeting number.
// Both must come from a tap; both reject with "…:fail cancel" when the user says no.
import Taro from '@tarojs/taro'
import { TENCENT_MEETING_APP_ID, tencentMeetingPath } from './dial-links'
import type { Dial, DialOutcome } from './dial.types'

const outcomeOf = (e: unknown): DialOutcome => (/cancel/i.test((e as { errMsg?: string })?.errMsg ?? String(e)) ? 'cancelled' : 'failed')

export const dial: Dial = {
  async call(phone) {
    try {
      await Taro.makePhoneCall({ phoneNumber: phone })
      return 'opened'
    } catch (e) {
      return outcomeOf(e)
    }
  },
  async openMeeting(meetingNumber) {
    try {
      await Taro.navigateToMiniProgram({ appId: TENCENT_MEETING_APP_ID, path: tencentMeetingPath(meetingNumber) })
      return 'opened'
    } catch (e) {
      return outcomeOf(e)
    }
  },
  meetingLink: () => null,
}

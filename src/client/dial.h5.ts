// H5: the phone's dialer through a tel: link, Tencent Meeting through its app's wemeet:// link.
// A browser cannot tell whether an app opened: the panel always shows the number to copy as well.
import { telUrl, wemeetUrl } from './dial-links'
import type { Dial } from './dial.types'

function follow(url: string) {
  const a = document.createElement('a')
  a.href = url
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

export const dial: Dial = {
  async call(phone) {
    follow(telUrl(phone))
    return 'opened'
  },
  async openMeeting(meetingNumber) {
    follow(wemeetUrl(meetingNumber))
    return 'opened'
  },
  meetingLink: (meetingNumber) => wemeetUrl(meetingNumber),
}

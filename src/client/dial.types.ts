// The fallbacks when a video call does not carry the visit: a phone call and Tencent Meeting.
// One port, per-platform implementations (dial.h5.ts: tel: / wemeet:// links; dial.weapp.ts:
// makePhoneCall / navigateToMiniProgram), so the fallback panel never branches on the platform.

/** What came of a tap: opened (as far as we can tell), cancelled by the user, or not possible here. */
export type DialOutcome = 'opened' | 'cancelled' | 'failed'

export type Dial = {
  /** Starts a phone call to this number (the phone's own dialer asks first). */
  call: (phone: string) => Promise<DialOutcome>
  /** Opens Tencent Meeting at this meeting number (9 to 12 digits). */
  openMeeting: (meetingNumber: string) => Promise<DialOutcome>
  /** A link to show beside the number (H5: wemeet://…); null where a button does the work. */
  meetingLink: (meetingNumber: string) => string | null
}

/** WeChat asks us before a privacy-guarded API runs; we show our own agree button. */
export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' }
export type PrivacyListener = (asking: boolean) => void

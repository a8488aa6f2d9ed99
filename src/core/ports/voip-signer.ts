// WeChat's multi-party VoIP signature (`cloud.getVoIPSign`), behind a port: only a cloud function can
// sign; the local server has none and answers VIDEO.NO_VOIP.
export type VoipSignature = { groupId: string; nonceStr: string; timeStamp: number; signature: string }

export interface VoipSigner {
  /** Signs joining `groupId` (the call's random group id) with a fresh nonce at `timeStamp` (seconds). */
  sign(groupId: string, nonceStr: string, timeStamp: number): Promise<VoipSignature>
}

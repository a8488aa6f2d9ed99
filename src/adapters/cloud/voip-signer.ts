// WeChat's multi-party VoIP signature through wx-server-sdk: `cloud.getVoIPSign({ groupId, nonce,
// timestamp })` answers `{ signature }` (nonce under 128 characters, timestamp in seconds).
import type { VoipSigner } from '../../core/ports/voip-signer'

export type VoipSignApi = {
  getVoIPSign(options: { groupId: string; nonce: string; timestamp: number }): Promise<{ signature?: string }>
}

export function createCloudVoipSigner(cloud: VoipSignApi): VoipSigner {
  return {
    async sign(groupId, nonceStr, timeStamp) {
      const { signature } = await cloud.getVoIPSign({ groupId, nonce: nonceStr, timestamp: timeStamp })
      // No signature is a platform failure (not enabled, quota): a bug to log, not a user's mistake.
      if (!signature) throw new Error('getVoIPSign answered without a signature')
      return { groupId, nonceStr, timeStamp, signature }
    },
  }
}

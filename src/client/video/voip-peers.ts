// Who is who in a WeChat call: join1v1Chat needs the caller's and the callee's openids (the client
// never knows openids), and <voip-room> needs our own openid to draw our camera. The server answers
// this as `video.voipPeers` (host only). The video-server branch adds it to the shared contract; until
// that is merged this adapter declares the same shape and calls it through the same typed client.
import { z } from 'zod'
import { STAFF } from '../../core/roles'
import type { ActionSpec } from '../../core/contract/contract'
import type { Result } from '../../core/result'
import { bindFunction } from '../api-core'
import { videoApi } from '../calls/video'

const VoipPeerSchema = z.object({ nickname: z.string(), openid: z.string() })

/** As video.contract.ts declares it on the video-server branch (caller: null when the host has no openid). */
export const voipPeersSpec = {
  summary: '家访老师：微信一对一视频的双方（昵称和 openid，只给这次家访的老师；等候中的家长在前）',
  input: z.object({ visitId: z.string().min(1) }).strict(),
  output: z.object({
    caller: VoipPeerSchema.nullable(),
    listeners: z.array(VoipPeerSchema.extend({ present: z.boolean() })),
  }),
  roles: STAFF,
} satisfies ActionSpec
export type VoipPeers = z.infer<typeof voipPeersSpec.output>

type Caller = (input: { visitId: string }) => Promise<Result<VoipPeers>>

let adapter: Caller | null = null

/** `video.voipPeers({ visitId })`, through the contract when it has the action, else through this spec. */
export function loadVoipPeers(visitId: string): Promise<Result<VoipPeers>> {
  const bound = (videoApi as unknown as Record<string, Caller | undefined>).voipPeers
  if (bound) return bound({ visitId })
  adapter ??= (bindFunction('video', { voipPeers: voipPeersSpec } as never) as unknown as { voipPeers: Caller }).voipPeers
  return adapter({ visitId })
}

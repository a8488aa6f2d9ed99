// Who is who in a WeChat call: join1v1Chat needs the caller's and the callee's openids (the client
// never knows openids), and <voip-room> needs our own openid to draw our camera. The server answers
// this as `video.voipPeers` (host only in the agreed design; a guest in a group room needs `self`).
// Until that action is in the shared contract, this adapter declares its expected shape and calls it
// through the same typed client; once `videoApi.voipPeers` exists it is used as is.
import { z } from 'zod'
import { STAFF } from '../../core/roles'
import type { ActionSpec } from '../../core/contract/contract'
import { CallSideSchema } from '../../core/video/video.schema'
import type { Result } from '../../core/result'
import { bindFunction } from '../api-core'
import { videoApi } from '../calls/video'

const VoipPeerSchema = z.object({ openid: z.string(), nickname: z.string(), side: CallSideSchema })
export type VoipPeer = z.infer<typeof VoipPeerSchema>

/** The action as video.contract.ts should declare it (copy when adding it there). */
export const voipPeersSpec = {
  summary: '家访老师：微信双人通话双方的 openid 和称呼（只对这次家访）',
  input: z.object({ visitId: z.string().min(1) }).strict(),
  output: z.object({ self: VoipPeerSchema, peers: z.array(VoipPeerSchema) }),
  roles: [...STAFF, 'parent'],
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

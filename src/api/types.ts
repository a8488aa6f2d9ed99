import type { z } from 'zod'
import type { Api, FnName } from '../core/contract'
import type { DocStore } from '../core/ports/doc-store'
import type { FileStorage } from '../core/ports/file-storage'
import type { Notifier } from '../core/ports/notifier'
import type { QrCodes } from '../core/ports/qr-code'
import type { VoipSigner } from '../core/ports/voip-signer'
import type { Workbooks } from '../core/ports/workbooks'
import type { Result } from '../core/result'
import type { Role } from '../core/roles'
import type { Staff, User } from '../core/model/people.schema'

/** Who is calling, resolved on the server from the platform identity, never from the payload. */
export type Caller = {
  user: User
  roles: Role[]
  staff: Staff | null
  schoolId: string | null
}

export type Identity =
  | { kind: 'user'; userId: string } // local server: signed session
  | { kind: 'openid'; openid: string } // cloud: getWXContext().OPENID
  | { kind: 'anonymous' }

export type Ctx = { caller: Caller; now: Date; requestId: string | null }
/** An ICE server as RTCPeerConnection takes it (STUN/TURN; from JF_ICE_SERVERS). */
export type IceServer = { urls: string | string[]; username?: string; credential?: string }
/**
 * What the `video` function needs beyond the store: the key that signs join tickets (the local
 * server's session secret, JF_VIDEO_SECRET in the cloud), WeChat's VoIP signer (cloud only) and ICE servers.
 */
export type VideoDeps = {
  ticketSecret: string | null
  voip: VoipSigner | null
  iceServers: IceServer[]
  /** The host ended the call: an in-process signalling hub lets everyone connected go. */
  onEnded?: (roomId: string) => void
}
/** `workbooks` only where roster import runs (local server, `imports` function): it carries exceljs. */
export type Deps = { store: DocStore; files: FileStorage; qr?: QrCodes; notifier?: Notifier; workbooks?: Workbooks; video?: VideoDeps }

export type Handler<I, O> = (input: I, ctx: Ctx, deps: Deps) => Promise<Result<O>>

/** A route table must implement every action of its function's contract, with its types. */
export type RouteTable<F extends FnName> = {
  [A in keyof Api[F]]: Api[F][A] extends { input: infer I extends z.ZodType; output: infer O extends z.ZodType }
    ? Handler<z.output<I>, z.input<O>>
    : never
}

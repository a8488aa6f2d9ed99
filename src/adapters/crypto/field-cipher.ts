// AES-256-GCM for sealed fields, and a keyed hash (HMAC-SHA256) as a blind index for lookups.
// Format: `enc2:<key id>:<base64 of iv(12) | tag(16) | ciphertext>`. The associated data binds each value
// to its place (collection, document id, field) and key id: a value copied anywhere else does not open.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { createKeyRing, type DataKey, type KeyRing } from './key-ring'

const PREFIX = 'enc2:'
/** The first format: no key id, no associated data. Opened only to upgrade it (see reseal.ts). */
const LEGACY_PREFIX = 'enc1:'
const IV_BYTES = 12
const TAG_BYTES = 16
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Where a sealed value lives. */
export type Place = { coll: string; id: string; field: string }

/** A stored value that is not a sound sealed value for its place: corruption, never data. */
export class SealedValueError extends Error {
  constructor(at: Place, why: string) {
    // Names the place only: never the value, which may be personal data.
    super(`sealed field ${at.coll}/${at.id}.${at.field}: ${why}`)
    this.name = 'SealedValueError'
  }
}

export type FieldCipher = {
  readonly ring: KeyRing
  seal(value: unknown, at: Place): string
  /** The plaintext, or SealedValueError. null stays null (an empty optional field). */
  open(sealed: unknown, at: Place): unknown
  /** Sealed in the current format under the current key: a rotation leaves it alone. */
  isCurrent(sealed: unknown): boolean
  /** The lookup hash that new writes store (current key). */
  blindIndex(value: string): string
  /** The lookup hash under every key of the ring, current first (see SealedStore.where). */
  blindIndexes(value: string): string[]
}

export type CipherOptions = {
  /** Open `enc1:` values (no place binding). Only the upgrade in reseal.ts sets this. */
  acceptLegacy?: boolean
}

const aad = (key: DataKey, at: Place) => Buffer.from(JSON.stringify([PREFIX, key.id, at.coll, at.id, at.field]), 'utf8')

/** `keys`: a key ring, or one 32-byte key (hex or base64). */
export function createFieldCipher(keys: KeyRing | string, opts: CipherOptions = {}): FieldCipher {
  const ring = typeof keys === 'string' ? createKeyRing(keys) : keys
  const hash = (key: DataKey, value: string) => createHmac('sha256', key.index).update(value).digest('base64url').slice(0, 32)
  return {
    ring,
    seal(value, at) {
      const key = ring.current
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key.enc, iv, { authTagLength: TAG_BYTES })
      cipher.setAAD(aad(key, at))
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
      return `${PREFIX}${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`
    },
    open(sealed, at) {
      if (sealed === null) return null
      if (typeof sealed !== 'string') throw new SealedValueError(at, 'not a sealed value')
      if (sealed.startsWith(PREFIX)) return openCurrent(ring, sealed, at)
      if (sealed.startsWith(LEGACY_PREFIX)) {
        if (opts.acceptLegacy) return openLegacy(ring, sealed, at)
        throw new SealedValueError(at, 'old format without place binding: run `npm run rotate-key` to upgrade')
      }
      throw new SealedValueError(at, 'not a sealed value')
    },
    isCurrent: (sealed) => typeof sealed === 'string' && sealed.startsWith(`${PREFIX}${ring.current.id}:`),
    blindIndex: (value) => hash(ring.current, value),
    blindIndexes: (value) => ring.all.map((key) => hash(key, value)),
  }
}

function openCurrent(ring: KeyRing, sealed: string, at: Place): unknown {
  const [, keyId = '', body = ''] = sealed.split(':')
  const key = ring.byId(keyId)
  if (!key) throw new SealedValueError(at, `sealed with key ${keyId}, which is not in the key ring (JF_DATA_KEYS_OLD?)`)
  return decrypt(key, body, at, aad(key, at))
}

function openLegacy(ring: KeyRing, sealed: string, at: Place): unknown {
  // No key id: try every key of the ring, current first.
  for (const key of ring.all) {
    try {
      return decrypt(key, sealed.slice(LEGACY_PREFIX.length), at, null)
    } catch {
      continue
    }
  }
  throw new SealedValueError(at, 'does not open with any key of the ring')
}

function decrypt(key: DataKey, body: string, at: Place, associated: Buffer | null): unknown {
  if (!BASE64.test(body)) throw new SealedValueError(at, 'not base64')
  const buf = Buffer.from(body, 'base64')
  // At least one byte of ciphertext: JSON is never empty. A short buffer would mean a short tag.
  if (buf.length < IV_BYTES + TAG_BYTES + 1) throw new SealedValueError(at, 'too short')
  const decipher = createDecipheriv('aes-256-gcm', key.enc, buf.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES })
  if (associated) decipher.setAAD(associated)
  decipher.setAuthTag(buf.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  let text: string
  try {
    text = Buffer.concat([decipher.update(buf.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
  } catch {
    throw new SealedValueError(at, 'does not authenticate (tampered, moved from another place, or another key)')
  }
  return JSON.parse(text)
}

// AES-256-GCM for sealed fields, and a keyed hash (HMAC-SHA256) as a blind index for lookups.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

const PREFIX = 'enc1:'

export type FieldCipher = {
  seal(value: unknown): string
  open(sealed: unknown): unknown
  blindIndex(value: string): string
}

/** `masterKey`: 32 bytes (base64 or hex). Separate sub-keys for encryption and for the blind index. */
export function createFieldCipher(masterKey: string): FieldCipher {
  const raw = decodeKey(masterKey)
  const encKey = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'jiafang/enc', 32))
  const macKey = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'jiafang/index', 32))
  return {
    seal(value) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', encKey, iv)
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    },
    open(sealed) {
      if (typeof sealed !== 'string' || !sealed.startsWith(PREFIX)) return sealed
      const buf = Buffer.from(sealed.slice(PREFIX.length), 'base64')
      const decipher = createDecipheriv('aes-256-gcm', encKey, buf.subarray(0, 12))
      decipher.setAuthTag(buf.subarray(12, 28))
      return JSON.parse(Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8'))
    },
    blindIndex(value) {
      return createHmac('sha256', macKey).update(value).digest('base64url').slice(0, 32)
    },
  }
}

function decodeKey(key: string): Buffer {
  const buf = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64')
  if (buf.length !== 32) throw new Error('data key must be 32 bytes (64 hex chars or base64)')
  return buf
}

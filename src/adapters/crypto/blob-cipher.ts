// AES-256-GCM for whole files (uploaded rosters hold names, phones, addresses and family categories).
// Layout: `JFB2` | key id length (1 byte) | key id | iv (12) | tag (16) | ciphertext, under the ring's
// file sub-key, with the file's place (id and part) as associated data so no file opens as another.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { KeyRing } from './key-ring'

const MAGIC = Buffer.from('JFB2', 'latin1')
const IV_BYTES = 12
const TAG_BYTES = 16

export type BlobCipher = {
  seal(bytes: Uint8Array, place: string): Uint8Array
  /** The plaintext; throws when the bytes are not a sound sealed file for this place. */
  open(sealed: Uint8Array, place: string): Uint8Array
  /** The key a sealed file names, or null when the bytes are not a sealed file at all. */
  keyIdOf(sealed: Uint8Array): string | null
}

export function createBlobCipher(ring: KeyRing): BlobCipher {
  const header = (buf: Buffer) => {
    if (buf.length < MAGIC.length + 1 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null
    const idEnd = MAGIC.length + 1 + buf[MAGIC.length]!
    return { keyId: buf.subarray(MAGIC.length + 1, idEnd).toString('latin1'), idEnd }
  }
  return {
    seal(bytes, place) {
      const key = ring.current
      const id = Buffer.from(key.id, 'latin1')
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key.files, iv, { authTagLength: TAG_BYTES })
      cipher.setAAD(Buffer.from(`${key.id}/${place}`, 'utf8'))
      const body = Buffer.concat([cipher.update(bytes), cipher.final()])
      return new Uint8Array(Buffer.concat([MAGIC, Buffer.from([id.length]), id, iv, cipher.getAuthTag(), body]))
    },
    open(sealed, place) {
      const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength)
      const head = header(buf)
      if (!head) throw new Error(`file ${place}: not a sealed file`)
      const key = ring.byId(head.keyId)
      if (!key) throw new Error(`file ${place}: sealed with key ${head.keyId}, which is not in the key ring`)
      const ivEnd = head.idEnd + IV_BYTES
      if (buf.length < ivEnd + TAG_BYTES) throw new Error(`file ${place}: too short`)
      const decipher = createDecipheriv('aes-256-gcm', key.files, buf.subarray(head.idEnd, ivEnd), { authTagLength: TAG_BYTES })
      decipher.setAAD(Buffer.from(`${key.id}/${place}`, 'utf8'))
      decipher.setAuthTag(buf.subarray(ivEnd, ivEnd + TAG_BYTES))
      try {
        return new Uint8Array(Buffer.concat([decipher.update(buf.subarray(ivEnd + TAG_BYTES)), decipher.final()]))
      } catch {
        throw new Error(`file ${place}: does not authenticate (tampered, another file, or another key)`)
      }
    },
    keyIdOf: (sealed) => header(Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength))?.keyId ?? null,
  }
}

// The data keys. The current key seals every new value; older keys only open what they sealed, until a
// rotation (`npm run rotate-key`) has re-sealed everything under the current key and they can go.
// Configuration: `JF_DATA_KEY` (current) and `JF_DATA_KEYS_OLD` (older keys, comma- or space-separated),
// each 32 bytes as 64 hex characters or base64.
import { hkdfSync } from 'node:crypto'

export type DataKey = {
  /** Names the key inside every sealed value; derived from the key, so nothing else needs configuring. */
  id: string
  /** Sub-keys, one per use, so a value sealed for one use never opens as another. */
  enc: Buffer
  index: Buffer
  files: Buffer
}

export type KeyRing = {
  current: DataKey
  /** Current first, then the older keys in the order given. */
  all: DataKey[]
  byId(id: string): DataKey | undefined
}

const sub = (raw: Buffer, info: string, length = 32) => Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), info, length))

function deriveKey(text: string): DataKey {
  const raw = decodeKey(text)
  return {
    id: sub(raw, 'jiafang/key-id', 6).toString('base64url'),
    // The same derivations as the first format (enc1), so those values and their hashes still open.
    enc: sub(raw, 'jiafang/enc'),
    index: sub(raw, 'jiafang/index'),
    files: sub(raw, 'jiafang/files'),
  }
}

export function createKeyRing(currentKey: string, oldKeys: readonly string[] = []): KeyRing {
  const current = deriveKey(currentKey)
  const all = [current]
  for (const text of oldKeys) {
    const key = deriveKey(text)
    if (!all.some((k) => k.id === key.id)) all.push(key)
  }
  return { current, all, byId: (id) => all.find((k) => k.id === id) }
}

/** A list of keys as `JF_DATA_KEYS_OLD` or a key file holds it: separated by commas, spaces or lines. */
export function parseKeyList(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter(Boolean)
}

function decodeKey(key: string): Buffer {
  const buf = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64')
  if (buf.length !== 32) throw new Error('data key must be 32 bytes (64 hex chars or base64)')
  return buf
}

// The first sealed format (`enc1:`, before key ids and place binding), frozen here so tests can build a
// database the way older versions wrote it and check that it is upgraded.
import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

const sub = (key: string, info: string) => Buffer.from(hkdfSync('sha256', Buffer.from(key, 'hex'), Buffer.alloc(0), info, 32))

export function legacySeal(hexKey: string, value: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sub(hexKey, 'jiafang/enc'), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return 'enc1:' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

export function legacyIndex(hexKey: string, value: string): string {
  return createHmac('sha256', sub(hexKey, 'jiafang/index')).update(value).digest('base64url').slice(0, 32)
}

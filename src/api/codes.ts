import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: codes are read aloud and typed by grandparents.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

export function newInviteCode(length = 8): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

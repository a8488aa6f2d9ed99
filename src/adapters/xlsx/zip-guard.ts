// A look inside an .xlsx (a zip) before exceljs loads it whole: a few KB of upload can inflate to
// gigabytes (a zip bomb), and a sheet can hold a million rows. Every entry is inflated here with a hard
// output cap, so the sizes the zip declares are never trusted; worksheet rows are counted on the way.
import { inflateRawSync } from 'node:zlib'

export type ZipLimits = { maxUncompressedBytes: number; maxRowElements: number }
export type ZipCheck = { ok: true } | { ok: false; reason: 'not_zip' | 'encrypted' | 'too_big' | 'too_many_rows' }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/
const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g

type Entry = { name: string; flags: number; method: number; compressed: number; localOffset: number }

export function checkZip(zip: Uint8Array, limits: ZipLimits): ZipCheck {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)
  const entries = readCentralDirectory(buf)
  if (!entries) return { ok: false, reason: 'not_zip' }
  let budget = limits.maxUncompressedBytes
  for (const entry of entries) {
    if (entry.flags & 1) return { ok: false, reason: 'encrypted' }
    const data = entryData(buf, entry)
    if (!data) return { ok: false, reason: 'not_zip' }
    const content = inflate(data, entry.method, budget)
    if (!content) return { ok: false, reason: 'not_zip' }
    if (content === 'too_big' || content.length > budget) return { ok: false, reason: 'too_big' }
    budget -= content.length
    if (WORKSHEET.test(entry.name) && countRows(content) > limits.maxRowElements) return { ok: false, reason: 'too_many_rows' }
  }
  return { ok: true }
}

function readCentralDirectory(buf: Buffer): Entry[] | null {
  // The end record sits in the last 22 bytes plus a comment of up to 64 KB.
  let end = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  // ZIP64 (0xFFFF entries or offsets) is never what Excel writes for a roster: refused as unreadable.
  if (count === 0xffff || at === 0xffffffff) return null
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return null
    const nameLength = buf.readUInt16LE(at + 28)
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    })
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return entries
}

function entryData(buf: Buffer, entry: Entry): Buffer | null {
  const at = entry.localOffset
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  if (start + entry.compressed > buf.length) return null
  return buf.subarray(start, start + entry.compressed)
}

function inflate(data: Buffer, method: number, budget: number): Buffer | 'too_big' | null {
  if (method === 0) return data.length > budget ? 'too_big' : data
  if (method !== 8) return null
  try {
    // Inflating stops as soon as the output would pass the budget.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) })
  } catch (e) {
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_big' : null
  }
}

function countRows(xml: Buffer): number {
  return xml.toString('latin1').match(ROW)?.length ?? 0
}

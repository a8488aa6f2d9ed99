// Hand-made zip files for the spreadsheet guard: entries stored or deflated, sizes declared at will
// (a zip bomb understates them), optionally flagged as encrypted.
import { crc32, deflateRawSync } from 'node:zlib'

export type ZipEntry = { name: string; data: Buffer; store?: boolean; declaredSize?: number; encrypted?: boolean }

export function makeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const body = e.store ? e.data : deflateRawSync(e.data)
    const name = Buffer.from(e.name, 'utf8')
    const fields = {
      flags: e.encrypted ? 1 : 0,
      method: e.store ? 0 : 8,
      crc: crc32(e.data),
      size: body.length,
      raw: e.declaredSize ?? e.data.length,
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(fields.flags, 6)
    local.writeUInt16LE(fields.method, 8)
    local.writeUInt32LE(fields.crc, 14)
    local.writeUInt32LE(fields.size, 18)
    local.writeUInt32LE(fields.raw, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(fields.flags, 8)
    central.writeUInt16LE(fields.method, 10)
    central.writeUInt32LE(fields.crc, 16)
    central.writeUInt32LE(fields.size, 20)
    central.writeUInt32LE(fields.raw, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

// After `taro build --type h5`: write brotli (.br) and gzip (.gz) copies of every text asset, once per
// build, so the local server sends compressed files to phones on weak networks without compressing per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const ROOT = 'dist/h5'
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf'])

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))

let raw = 0
let br = 0
for (const file of files(ROOT).filter((f) => TEXT.has(extname(f)))) {
  const bytes = readFileSync(file)
  if (bytes.length < 1024) continue
  const b = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  })
  writeFileSync(`${file}.br`, b)
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
  raw += bytes.length
  br += b.length
}
console.log(`h5 assets compressed: ${(raw / 1024).toFixed(0)} KiB → ${(br / 1024).toFixed(0)} KiB brotli`)

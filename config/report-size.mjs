// After `taro build --type weapp`: print the whole size and the main package size (everything
// outside the subpackage roots in app.json); fail when the main package passes 1.5 MB.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const ROOT = 'dist/weapp'
const LIMIT_KB = 1.5 * 1024
// Editor files Taro copies in; WeChat does not ship them in the package.
const IGNORED = new Set(['project.config.json', 'project.private.config.json'])

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? listFiles(full) : [full]
  })
}

const app = JSON.parse(readFileSync(join(ROOT, 'app.json'), 'utf8'))
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
const sizes = { total: 0, main: 0, sub: Object.fromEntries(roots.map((r) => [r, 0])) }

for (const file of listFiles(ROOT)) {
  const rel = relative(ROOT, file).split(sep).join('/')
  if (IGNORED.has(rel)) continue
  const size = statSync(file).size
  sizes.total += size
  const root = roots.find((r) => rel.startsWith(r))
  if (root) sizes.sub[root] += size
  else sizes.main += size
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`weapp total:        ${kb(sizes.total)}`)
console.log(`weapp main package: ${kb(sizes.main)} (limit ${LIMIT_KB} KB)`)
for (const [root, size] of Object.entries(sizes.sub)) console.log(`  subpackage ${root.padEnd(20)} ${kb(size)}`)
if (sizes.main / 1024 > LIMIT_KB) {
  console.error(`Main package is ${kb(sizes.main)}, over ${LIMIT_KB} KB: move code into subpackages.`)
  process.exit(1)
}

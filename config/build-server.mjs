// Bundle the local server (core + routes + SQLite adapter) into dist/server/main.js, and the key
// rotation command into dist/server/rotate-key.js.
import { build } from 'esbuild'

await build({
  entryPoints: { main: 'src/server/main.ts', 'rotate-key': 'src/server/rotate-key-cli.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'wx-server-sdk', '@node-rs/jieba'],
  sourcemap: true,
  logLevel: 'warning',
})
console.log('本地服务已构建：dist/server/main.js')

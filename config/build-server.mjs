// Bundle the local server (core + routes + SQLite adapter) into dist/server/main.js.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist/server/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'wx-server-sdk'],
  sourcemap: true,
  logLevel: 'warning',
})
console.log('本地服务已构建：dist/server/main.js')

// Bundle the local server (core + routes + SQLite adapter) into dist/server/main.js, and the key
// operations commands (rotate-key, deploy, migrate, backup, restore) into dist/server/<name>.js.
import { build } from 'esbuild'

await build({
  entryPoints: {
    main: 'src/server/main.ts',
    'rotate-key': 'src/server/rotate-key-cli.ts',
    deploy: 'src/server/deploy/deploy-cli.ts',
    migrate: 'src/server/ops/migrate-cli.ts',
    backup: 'src/server/ops/backup-cli.ts',
  },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'wx-server-sdk', '@node-rs/jieba', 'miniprogram-ci'],
  sourcemap: true,
  logLevel: 'warning',
})
console.log('本地服务已构建：dist/server/main.js')

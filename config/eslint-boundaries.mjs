// Import boundaries as an ESLint rule: which folder may import which folder or package.
// One table, checked on every import, export-from, dynamic import() and require().
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/**
 * Each zone: the files it covers, and what they may not import. `allowOnly` lists the only packages
 * a zone may use (relative imports are then allowed only inside `within`).
 */
export const ZONES = [
  {
    name: 'core',
    files: 'src/core/',
    within: ['src/core/'],
    allowOnly: ['zod', 'dayjs'],
    message: 'src/core is pure: it imports only zod, dayjs (through core/time.ts) and itself',
  },
  {
    name: 'app',
    files: ['src/client/', 'src/pages/', 'src/packages/', 'src/app.'],
    denyPaths: ['src/api/', 'src/adapters/', 'src/server/'],
    denyPackages: ['wx-server-sdk', 'exceljs', 'better-sqlite3', 'node:*'],
    message: 'the app (client, pages, packages) talks to the server only through src/client/api.ts',
  },
  {
    name: 'server',
    files: ['src/api/', 'src/adapters/', 'src/server/'],
    denyPaths: ['src/client/', 'src/pages/', 'src/packages/'],
    message: 'server-side code never imports the app',
  },
  {
    name: 'routes',
    files: 'src/api/',
    denyPaths: ['src/adapters/', 'src/server/'],
    message: 'routes reach storage and platforms only through the ports in src/core/ports',
  },
]

/** Packages only one folder may import. */
export const OWNERS = {
  'wx-server-sdk': ['src/adapters/cloud/', 'cloudfunctions/'],
  exceljs: ['src/adapters/xlsx/'],
  'better-sqlite3': ['src/adapters/sqlite/'],
  dayjs: ['src/core/time.ts'],
}

const list = (x) => (Array.isArray(x) ? x : x ? [x] : [])
const inside = (rel, prefixes) => list(prefixes).some((p) => rel.startsWith(p))
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
const matchesPackage = (spec, pattern) => (pattern.endsWith('*') ? spec.startsWith(pattern.slice(0, -1)) : packageName(spec) === pattern)

function problems(fileRel, spec) {
  const out = []
  const relative = spec.startsWith('.')
  const target = relative
    ? path
        .relative(ROOT, path.resolve(ROOT, path.dirname(fileRel), spec))
        .split(path.sep)
        .join('/')
    : null
  for (const zone of ZONES) {
    if (!inside(fileRel, zone.files)) continue
    if (relative) {
      if (zone.within && !inside(target + '/', zone.within) && !inside(target, zone.within)) out.push(zone.message)
      if (inside(target + '/', zone.denyPaths) || inside(target, zone.denyPaths)) out.push(zone.message)
    } else {
      if (zone.allowOnly && !zone.allowOnly.some((p) => matchesPackage(spec, p))) out.push(zone.message)
      if (list(zone.denyPackages).some((p) => matchesPackage(spec, p))) out.push(zone.message)
    }
  }
  // Tests and tools may use any package; the product's own folders keep to their owners.
  if (!relative && !fileRel.startsWith('tests/')) {
    for (const [pkg, owners] of Object.entries(OWNERS)) {
      if (matchesPackage(spec, pkg) && !inside(fileRel, owners)) out.push(`only ${owners.join(', ')} may import ${pkg}`)
    }
  }
  return out
}

export const boundariesPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [], docs: { description: 'layer and package boundaries' } },
      create(context) {
        const fileRel = path.relative(ROOT, context.filename).split(path.sep).join('/')
        const check = (node, source) => {
          if (typeof source !== 'string') return
          for (const message of new Set(problems(fileRel, source))) context.report({ node, message: `${message} ('${source}')` })
        }
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
          CallExpression: (n) => {
            if (n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments[0]?.type === 'Literal')
              check(n, n.arguments[0].value)
          },
        }
      },
    },
  },
}

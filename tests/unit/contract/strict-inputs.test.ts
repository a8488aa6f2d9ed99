// Every object a caller can send is strict: an unknown key is refused, never silently dropped.
import type { z } from 'zod'
import { EnvelopeSchema } from '../../../src/api/dispatch'
import { API } from '../../../src/core/contract'
import type { ActionSpec } from '../../../src/core/contract/contract'

type Def = { type: string; [k: string]: unknown }
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def

/** Paths of every object below `schema` that accepts keys it does not declare. */
function looseObjects(schema: z.ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = defOf(schema)
  const walk = (child: unknown, at: string) => looseObjects(child as z.ZodType, at, seen)
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never'
      const shape = def.shape as Record<string, unknown>
      return [...(strict ? [] : [path || '(root)']), ...Object.entries(shape).flatMap(([k, v]) => walk(v, `${path}.${k}`))]
    }
    case 'array':
      return walk(def.element, `${path}[]`)
    case 'union':
      return (def.options as unknown[]).flatMap((o, i) => walk(o, `${path}|${i}`))
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)]
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)]
    case 'record':
      return walk(def.valueType, `${path}{}`)
    case 'tuple':
      return (def.items as unknown[]).flatMap((o, i) => walk(o, `${path}[${i}]`))
    case 'lazy':
      return walk((def.getter as () => unknown)(), path)
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path)
    default:
      return []
  }
}

const inputs = Object.entries(API).flatMap(([fn, actions]) =>
  Object.entries(actions as Record<string, ActionSpec>).map(([action, spec]) => [`${fn}.${action}`, spec.input] as const),
)

test.each(inputs)('%s: every object in its input is strict', (_name, schema) => {
  expect(looseObjects(schema, '')).toEqual([])
})

test('the envelope is strict: nothing beside action, input and requestId', () => {
  expect(looseObjects(EnvelopeSchema, '')).toEqual([])
})

test('the walk finds a loose object however deep it sits', async () => {
  const { z } = await import('zod')
  const nested = z.object({ a: z.array(z.union([z.string(), z.object({ b: z.object({}).strict() })])).optional() }).strict()
  expect(looseObjects(nested, '')).toEqual(['.a[]|1'])
})

// Malformed inputs for any zod schema of the contract: a plausible value with one part broken at a
// time (wrong type, blank, invisible, control characters, lone surrogate, too long, unknown key).
import type { z } from 'zod'

type Def = { type: string; [k: string]: unknown }
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def

/** What zod says when nobody words a message; none of it may reach a person. */
export const ZOD_WORDING = /无效输入|期望|实际接收|string|number|undefined|Invalid/

export const BAD_VALUES: unknown[] = [
  42,
  -1,
  1.5,
  1e20,
  '文本',
  '',
  ' \u200b\u3000 ',
  'a\u0000b',
  '\ud800',
  'x'.repeat(5000),
  '9999-12-31',
  '1900-01-01T00:00:00+08:00',
  null,
  true,
  [],
  {},
]

/** A value shaped like what the schema accepts (not necessarily valid). */
export function sample(schema: z.ZodType): unknown {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return 'x'
    case 'number':
      return 1
    case 'boolean':
      return true
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0]
    case 'literal':
      return (def.values as unknown[])[0]
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, sample(v)]))
    case 'array':
      return [sample(def.element as z.ZodType)]
    case 'union':
      return sample((def.options as z.ZodType[])[0]!)
    case 'pipe':
      return sample(def.in as z.ZodType)
    default:
      return def.innerType ? sample(def.innerType as z.ZodType) : 'x'
  }
}

/** A few of the above, for checks that go over the network. */
export const FEW_BAD_VALUES: unknown[] = [42, '文本', null, [], {}, ' \u200b ', 'a\u0000b', '\ud800', 'x'.repeat(300)]

/** Variants of a plausible value with one part broken; `deep` descends into nested objects and lists. */
export function malformed(schema: z.ZodType, deep = true, values: unknown[] = BAD_VALUES): unknown[] {
  const def = defOf(schema)
  const inner = (child: unknown) => malformed(child as z.ZodType, deep, values)
  switch (def.type) {
    case 'object': {
      const base = sample(schema) as Record<string, unknown>
      const perKey = Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => {
        const { [k]: _dropped, ...without } = base
        return [without, ...(deep ? inner(v) : values).map((broken) => ({ ...base, [k]: broken }))]
      })
      return [...values, {}, { ...base, unknownField: 'x' }, ...perKey]
    }
    case 'array':
      return [...values, ...(deep ? inner(def.element).map((broken) => [broken]) : [])]
    case 'union':
      return (def.options as unknown[]).flatMap(inner)
    case 'pipe':
      return inner(def.in)
    default:
      return def.innerType ? inner(def.innerType) : values
  }
}

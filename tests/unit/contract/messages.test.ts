// Every refusal of every input in the contract is worded for people: plain Chinese, no zod jargon.
import { API } from '../../../src/core/contract'
import type { ActionSpec } from '../../../src/core/contract/contract'
import { malformed, ZOD_WORDING } from '../../support/malformed'

const inputs = Object.entries(API).flatMap(([fn, actions]) =>
  Object.entries(actions as Record<string, ActionSpec>).map(([action, spec]) => [`${fn}.${action}`, spec.input] as const),
)

test.each(inputs)('%s: every message about a malformed input is plain Chinese', (_name, schema) => {
  const messages = new Set<string>()
  for (const input of malformed(schema)) {
    const parsed = schema.safeParse(input)
    for (const issue of parsed.success ? [] : parsed.error.issues) messages.add(issue.message)
  }
  expect(messages.size).toBeGreaterThan(0)
  const leaks = [...messages].filter((m) => ZOD_WORDING.test(m) || !/[\u4e00-\u9fa5]/.test(m))
  expect(leaks).toEqual([])
})

// Enumerations declared once in the core and used everywhere: these checks fail when a copy drifts.
import { API } from '../../src/core/contract'
import { ALL_ERROR_CODES } from '../../src/core/error-codes'
import { COMMAND_KINDS, COMMAND_LABELS, THREAD_ENTRY_KINDS } from '../../src/core/model/visit.schema'
import { StaffRoleSchema } from '../../src/core/model/people.schema'
import { err, type AppError } from '../../src/core/result'
import { LEADER, REPORTERS, ROLES, SCHOOL_STAFF, STAFF, SCHOOL_WIDE } from '../../src/core/roles'
import type { CommandKind } from '../../src/core/visit/negotiation'
import { MODES, TITLES } from '../../src/client/visit-panel'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

describe('command kinds', () => {
  it('are the negotiation’s commands, each with a Chinese label the visit page shows', () => {
    const same: Same<CommandKind, (typeof COMMAND_KINDS)[number]> = true
    expect(same).toBe(true)
    for (const kind of COMMAND_KINDS) expect(COMMAND_LABELS[kind]).toMatch(/\p{Script=Han}/u)
    for (const mode of MODES) expect(TITLES[mode]).toBe(COMMAND_LABELS[mode])
    expect(THREAD_ENTRY_KINDS).toEqual(['propose', ...COMMAND_KINDS])
  })
})

describe('role groups', () => {
  it('give staff every school role and nobody else', () => {
    expect(new Set(StaffRoleSchema.options)).toEqual(new Set(ROLES.filter((r) => r !== 'parent' && r !== 'district')))
    expect(new Set(SCHOOL_STAFF)).toEqual(new Set([...STAFF, ...SCHOOL_WIDE]))
  })

  it('are the only role lists the contracts use', () => {
    const groups = [SCHOOL_STAFF, STAFF, SCHOOL_WIDE, LEADER, REPORTERS].map((g) => [...g].sort().join())
    const lists = Object.values(API).flatMap((fn) => Object.values(fn).map((a) => a.roles))
    const longLists = lists.filter((r): r is readonly string[] => Array.isArray(r) && r.length > 2 && !r.includes('parent'))
    for (const roles of longLists) expect(groups).toContain([...roles].sort().join())
  })
})

describe('error codes', () => {
  it('are DOMAIN.REASON, each declared once', () => {
    for (const code of ALL_ERROR_CODES) expect(code).toMatch(/^[A-Z]+\.[A-Z_]+$/)
    expect(new Set(ALL_ERROR_CODES).size).toBe(ALL_ERROR_CODES.length)
  })

  it('refuse at compile time a code nobody declared (checked by `npm run typecheck`)', () => {
    // @ts-expect-error VISIT.NOPE is not a declared code
    const refused = err('VISIT.NOPE', '不存在的错误')
    const error: AppError = { code: 'DATA.CONFLICT', message: '' }
    // @ts-expect-error a misspelt code in a client check no longer compiles
    const misspelt = error.code === 'DATA.CONFLICTS'
    expect([refused.ok, misspelt]).toEqual([false, false])
  })
})

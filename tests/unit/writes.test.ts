// Typed write operations: a misspelt field or a wrong value is a compile error (`npm run typecheck`
// checks the @ts-expect-error lines below), and the operation built is the one the store expects.
import { writes } from '../../src/core/ports/writes'

describe('typed write operations', () => {
  it('build the store operations with the fields given', () => {
    expect(writes.update('bindings', 'b1', { status: 'approved' }, 3)).toEqual({
      kind: 'update',
      coll: 'bindings',
      id: 'b1',
      set: { status: 'approved' },
      expectVersion: 3,
    })
    expect(writes.update('inbox', 'i1', { read: true })).toEqual({ kind: 'update', coll: 'inbox', id: 'i1', set: { read: true } })
    expect(writes.remove('locks', 'l1')).toEqual({ kind: 'remove', coll: 'locks', id: 'l1' })
  })

  it('refuse at compile time what the collection schema does not allow', () => {
    // @ts-expect-error 'done' is not a visit status
    writes.update('visits', 'v1', { status: 'done' }, 1)
    // @ts-expect-error visits have no `state` field
    writes.update('visits', 'v1', { state: 'scheduled' }, 1)
    // @ts-expect-error an update never sets the id or the version
    writes.update('users', 'u1', { _v: 2 })
    // @ts-expect-error an inbox item needs its title, body, page, time and read flag
    writes.insert('inbox', { _id: 'i1', userId: 'u1' })
    // A lock may be any of its kinds: a family claim, a slot, a class-code pointer.
    expect(writes.insert('locks', { _id: 'class-invite:c1', code: 'ABC123', qrFileId: null }).kind).toBe('insert')
  })
})

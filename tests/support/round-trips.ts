// How deep a request's reads go: calls made together (one Promise.all) share a depth, a call made after
// another finished is one deeper. Constant depth = no read per family, however many reads run side by side.
import type { DocStore } from '../../src/core/ports/doc-store'

const METHODS = ['get', 'getMany', 'find', 'count', 'countBy', 'insert', 'update', 'remove', 'batch'] as const

/** Wraps the store's methods in place; `depth` is the longest chain of waits since `reset()`. */
export function traceDepth(store: DocStore) {
  let finished = 0
  let deepest = 0
  const target = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  for (const m of METHODS) {
    const original = target[m]!.bind(store)
    target[m] = async (...args: unknown[]) => {
      const depth = finished + 1
      deepest = Math.max(deepest, depth)
      try {
        return await original(...args)
      } finally {
        finished = Math.max(finished, depth)
      }
    }
  }
  return {
    reset: () => void ((finished = 0), (deepest = 0)),
    get depth() {
      return deepest
    },
  }
}

/** The round trips of one call of `fn` made after a first one (callers and the calendar are cached by then). */
export async function warmRoundTrips(store: DocStore, fn: () => Promise<unknown>) {
  await fn()
  const before = store.roundTrips
  await fn()
  return store.roundTrips - before
}

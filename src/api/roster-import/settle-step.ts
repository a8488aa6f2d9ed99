// One step of settling a roster after an import, written compare-and-set: `plan` reads what is still to
// do and answers versioned writes. A concurrent edit (a failed compare-and-set) makes it read again and
// plan again, so the edit is kept and the step still done; a retried step finds nothing left to write.
import type { DocStore, WriteOp } from '../../core/ports/doc-store'

const ATTEMPTS = 5

/** Answers how many writes went in (0: nothing left to do). */
export async function settleStep(store: DocStore, what: string, plan: () => Promise<WriteOp[]>): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const ops = await plan()
    if (!ops.length) return 0
    if ((await store.batch(ops)).ok) return ops.length
  }
  throw new Error(`${what}: the documents kept changing (${ATTEMPTS} tries)`)
}

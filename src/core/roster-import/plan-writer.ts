// Collects write operations and counts: an update is emitted only for fields that really change,
// always as a compare-and-set on the version that was read.
import type { CollectionName } from '../collections'
import type { NewDoc, WriteOp } from '../ports/doc-store'
import { ENTITY_KINDS, type EntityKind, type ImportSummary } from './types'

export type Versioned = { _id: string; _v: number }
export type Outcome = 'add' | 'update' | 'unchanged'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The fields of `desired` whose value differs from `current`; null when nothing differs. */
export function changedFields(current: Record<string, unknown>, desired: Record<string, unknown>): Record<string, unknown> | null {
  const set: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(desired)) if (!same(current[k], v)) set[k] = v
  return Object.keys(set).length ? set : null
}

export class PlanWriter {
  readonly ops: WriteOp[] = []
  readonly summary = Object.fromEntries(ENTITY_KINDS.map((k) => [k, { add: 0, update: 0, unchanged: 0 }])) as ImportSummary

  insert(coll: CollectionName, doc: NewDoc): Outcome {
    this.ops.push({ kind: 'insert', coll, doc })
    return 'add'
  }

  /** Compare-and-set of the changed fields; 'unchanged' writes nothing. */
  update<T extends Versioned>(coll: CollectionName, current: T, desired: Partial<T>): Outcome {
    const set = changedFields(current, desired)
    if (!set) return 'unchanged'
    this.ops.push({ kind: 'update', coll, id: current._id, set, expectVersion: current._v })
    return 'update'
  }

  /** One entity may be several documents (a guardian and its contact): any add or update counts once. */
  count(kind: EntityKind, ...outcomes: Outcome[]) {
    const o: Outcome = outcomes.includes('add') ? 'add' : outcomes.includes('update') ? 'update' : 'unchanged'
    this.summary[kind][o]++
  }
}

// The prep gate (policy §四(三) 无准备、不家访): checking in to a visit and recording it both need a
// complete prep pack. One rule on the server, the same words the screen shows.
import { PrepSchema, prepIncompleteMessage, prepMissing } from '../../../core/visit/prep.rules'
import type { DocStore } from '../../../core/ports/doc-store'
import { typedRepo } from '../../../core/ports/typed-repo'
import { err, ok, type Result } from '../../../core/result'

export async function prepGate(store: DocStore, visitId: string): Promise<Result<true>> {
  const prep = await typedRepo(store, 'visit_preps', PrepSchema).get(visitId)
  const missing = prepMissing(prep)
  return missing.length ? err('PREP.INCOMPLETE', prepIncompleteMessage(missing), { missing }) : ok(true)
}

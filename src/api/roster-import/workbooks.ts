import type { Workbooks } from '../../core/ports/workbooks'
import type { Deps } from '../types'

/** Roster import runs only where spreadsheets are wired (see Deps): anywhere else is a wiring bug. */
export function workbooksOf(deps: Deps): Workbooks {
  if (!deps.workbooks) throw new Error('workbooks are not wired for this entry point')
  return deps.workbooks
}

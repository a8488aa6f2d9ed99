// The import template holds no personal data and is the same for every school: it is stored once
// (public, no expiry) and handed out again until its content changes. A `meta` document points at it.
import type { Deps } from '../types'
import { workbooksOf } from './workbooks'

export const TEMPLATE_NAME = '花名册导入模板.xlsx'
const POINTER = 'import-template'

type Pointer = { _id: string; _v: number; fileId?: unknown; version?: unknown }

export async function importTemplate(deps: Deps): Promise<{ fileId: string; name: string; url: string }> {
  const { store, files } = deps
  const workbooks = workbooksOf(deps)
  for (;;) {
    const pointer = (await store.get('meta', POINTER)) as Pointer | null
    if (pointer?.version === workbooks.templateVersion && typeof pointer.fileId === 'string') {
      return { fileId: pointer.fileId, name: TEMPLATE_NAME, url: await files.url(pointer.fileId) }
    }
    const stored = await files.put(TEMPLATE_NAME, await workbooks.template(), 'public')
    const set = { fileId: stored.fileId, version: workbooks.templateVersion }
    const won = pointer
      ? await store.update('meta', POINTER, set, pointer._v)
      : (await store.insert('meta', { _id: POINTER, ...set })) === 'ok'
    if (won && typeof pointer?.fileId === 'string') await files.remove(pointer.fileId)
    // Two first calls at once: one pointer wins, the other copy goes and the loop reads the winner.
    if (!won) await files.remove(stored.fileId)
    else return { fileId: stored.fileId, name: TEMPLATE_NAME, url: await files.url(stored.fileId) }
  }
}

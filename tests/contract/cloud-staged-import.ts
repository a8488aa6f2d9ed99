// A staged roster import through the cloud adapter (wx-server-sdk, offline transport), its
// transactions bounded to 10 writes: chunks in transactions, hidden until the switch, one per school.
import { runImportJob } from '../../src/api/roster-import/import-job'
import { StagedGate } from '../../src/api/roster-import/staged-gate'
import { startStagedImport } from '../../src/api/roster-import/start-job'
import type { CloudDb } from '../../src/adapters/cloud/cloud-store'
import { CloudStore } from '../../src/adapters/cloud/cloud-store'
import type { WriteOp } from '../../src/core/ports/doc-store'
import type { ImportPlan } from '../../src/core/roster-import'
import { bounded } from '../support/staged-import'

const now = new Date('2026-12-07T08:00:00Z')
const zero = { add: 0, update: 0, unchanged: 0 }
const cls = (i: number) => ({ _id: `c${i}`, schoolId: 's1', grade: 1 + (i % 6), name: `班${i}`, headTeacherId: null })

function planOf(n: number): ImportPlan {
  const ops: WriteOp[] = Array.from({ length: n }, (_, i) => ({ kind: 'insert', coll: 'classes', doc: cls(i) }))
  ops.push({ kind: 'update', coll: 'classes', id: 'old', set: { name: '一年级(1)班' }, expectVersion: 1 })
  const summary = { classes: { ...zero, add: n, update: 1 }, students: zero, guardians: zero, families: zero, staff: zero }
  return { ops, summary, missingFromFile: 0, leavers: [] }
}
const audit = (fileId: string) => ({
  _id: `aud-${fileId}`,
  at: now.toISOString(),
  schoolId: 's1',
  actorUserId: 'u-admin',
  actorRole: 'school_admin',
  action: 'roster.import',
  targetType: 'file',
  targetId: fileId,
  reason: '“名单.xlsx”',
})

export function describeCloudStagedImport(getDb: () => CloudDb, reset: () => void) {
  describe('a staged roster import through the cloud adapter (transactions bounded to 10 writes)', () => {
    beforeEach(() => reset())

    test('chunks fit the bound, stay hidden until the switch, a second import waits, and the next run finishes it', async () => {
      const engine = new CloudStore(getDb())
      const store = bounded(new StagedGate(engine), 10)
      await store.insert('classes', { ...cls(0), _id: 'old', name: '一年级1班' })
      let steps = 0
      const start = { schoolId: 's1', fileId: 'f1', fileName: '名单.xlsx', plan: planOf(45), audit: audit('f1') }
      const first = await startStagedImport(start, { store }, now, () => steps++ < 3)
      expect(first).toMatchObject({ ok: true, data: { state: 'staging', cursor: 3, chunks: 5 } })
      // 27 classes are in the database; readers see the one there was, unchanged.
      expect(await engine.count('classes', { schoolId: 's1' })).toBe(28)
      expect(await store.count('classes', { schoolId: 's1' })).toBe(1)
      expect(await store.countBy('classes', 'grade', { schoolId: 's1' })).toEqual({ 1: 1 })
      expect((await store.find('classes', { where: { schoolId: 's1' }, orderBy: [['_id', 'asc']], limit: 100 })).map((c) => c._id)).toEqual(
        ['old'],
      )
      expect(await store.get('classes', 'c1')).toBeNull()
      expect((await store.get('classes', 'old'))?.name).toBe('一年级1班')

      const second = await startStagedImport({ ...start, fileId: 'f2', audit: audit('f2') }, { store }, now, () => true)
      expect(second).toMatchObject({ ok: false, error: { code: 'IMPORT.RUNNING' } })

      const done = await runImportJob('imp-f1', { store }, now)
      expect(done).toMatchObject({ state: 'committed', cursor: 5 })
      expect(await store.count('classes', { schoolId: 's1' })).toBe(46)
      expect((await store.get('classes', 'old'))?.name).toBe('一年级(1)班')
      expect(await store.get('audit_log', 'aud-f1')).not.toBeNull()
      expect(await store.get('locks', 'import:s1')).toBeNull()
      expect(await store.get('import_chunks', 'imp-f1:0')).toBeNull()
    })
  })
}

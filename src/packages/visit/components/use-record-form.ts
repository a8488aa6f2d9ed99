// The record form's state: autosaved on the device as the teacher types and saved to the server when
// online (compare-and-set: another device's newer draft is loaded, never overwritten); the submission
// queued on the device while the network is away and sent once when it returns.
import { useEffect, useRef, useState } from 'react'
import type { DraftView, RecordView } from '@/core/contract/visits-record.contract'
import type { AppError } from '@/core/result'
import { DraftSchema, RecordSchema, type RecordDraft } from '@/core/visit/record.rules'
import { visitsApi } from '@/client/calls/visits'
import { flushQueue, keepLocalDraft, localDraft, onQueueChange, queued, startRecordQueue, submitQueued } from '@/client/record-queue'
import { draftOf, inputOf, type Form } from './record-form-state'

const SAVE_AFTER_MS = 800
const isNet = (e: AppError) => e.code.startsWith('NET.')

function initial(view: RecordView, server: DraftView): { form: Form; version: number } {
  if (view.record) return { form: view.record, version: server.version }
  const local = localDraft(view.visitId)
  const localNewer = local && (!server.updatedAt || local.savedAt > server.updatedAt)
  return localNewer ? { form: local.draft, version: server.version } : { form: server.draft, version: server.version }
}

export function useRecordForm(view: RecordView, server: DraftView, onSubmitted: () => void) {
  const start = useRef(initial(view, server))
  const [form, setForm] = useState<Form>(start.current.form)
  const [version, setVersion] = useState(start.current.version)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [waiting, setWaiting] = useState(() => queued().filter((q) => q.visitId === view.visitId).length)
  const touched = useRef(false)
  const amending = view.submitted
  // The latest callbacks, for effects that subscribe once.
  const latest = useRef({ onSubmitted, save: (_f: Form) => Promise.resolve() })

  useEffect(() => {
    startRecordQueue()
    return onQueueChange((sent) => {
      setWaiting(queued().filter((q) => q.visitId === view.visitId).length)
      if (sent?.visitId !== view.visitId) return
      if (sent.result.ok) latest.current.onSubmitted()
      else if (!isNet(sent.result.error)) setError(sent.result.error.message)
    })
  }, [view.visitId])

  useEffect(() => {
    if (!touched.current || amending) return
    const timer = setTimeout(() => void latest.current.save(form), SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [form, amending])

  async function save(f: Form) {
    const draft: RecordDraft = draftOf(f)
    keepLocalDraft(view.visitId, { draft, savedAt: new Date().toISOString(), serverVersion: version })
    const parsed = DraftSchema.safeParse(draft)
    if (!parsed.success) return
    const res = await visitsApi.saveDraft({ visitId: view.visitId, version, draft })
    if (res.ok) return setVersion(res.data.version)
    if (res.error.code === 'RECORD.DRAFT_CONFLICT') {
      const latest = (res.error.details as { latest: DraftView | null } | undefined)?.latest
      if (latest) {
        setForm(latest.draft)
        setVersion(latest.version)
      }
      setNotice(res.error.message)
    }
  }

  latest.current = { onSubmitted, save }

  const change = (f: Form) => {
    touched.current = true
    setForm(f)
  }

  /** The first message that stops the submission, or null. */
  const problem = () => {
    const checked = RecordSchema.safeParse(inputOf(form))
    return checked.success ? null : (checked.error.issues[0]?.message ?? '记录还没填完整')
  }

  async function submit() {
    setError(null)
    setBusy(true)
    try {
      if (amending) {
        const res = await visitsApi.amendRecord({ visitId: view.visitId, version: view.version, record: inputOf(form) })
        return res.ok ? onSubmitted() : setError(res.error.message)
      }
      await submitQueued({ visitId: view.visitId, record: inputOf(form) })
    } finally {
      setBusy(false)
    }
  }

  return { form, change, notice, error, setError, busy, waiting, amending, problem, submit, retry: () => void flushQueue() }
}

// The district's unpublished questionnaire draft kept on the device as they type (a call on the phone,
// a tap on 返回: nothing typed is lost). One draft per district user: a new one replaces the old.
import { useEffect, useRef } from 'react'
import type { Draft } from '@/core/survey/questionnaire.draft'
import type { SavedDraft } from '@/core/survey/questionnaire.saved-draft'
import { readLocal, removeLocal, writeLocal } from '@/client/local-store'

const SAVE_AFTER_MS = 500
const keyOf = (userId: string) => `survey-draft:${userId}`

/** What this user saved last (unchecked: `restoreDraft` reads it). */
export const savedSurveyDraft = (userId: string): unknown => readLocal<unknown>(keyOf(userId), null)
export const dropSurveyDraft = (userId: string) => removeLocal(keyOf(userId))

type Pending = { current: { key: string; value: SavedDraft } | null }
const flush = (pending: Pending) => {
  if (pending.current) writeLocal(pending.current.key, pending.current.value)
  pending.current = null
}

/**
 * Saves `draft` a moment after the last change the district made (`dirty`), and at once when the page
 * closes first. `settle()` stops saving and forgets the draft: it was published or discarded.
 */
export function useSavedDraft(userId: string, from: string, draft: Draft, dirty: boolean) {
  const pending = useRef<Pending['current']>(null)
  useEffect(() => {
    if (!dirty) return
    pending.current = { key: keyOf(userId), value: { from, draft, savedAt: new Date().toISOString() } }
    const timer = setTimeout(() => flush(pending), SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [userId, from, draft, dirty])
  // Leaving before the pause: what was typed last is kept all the same.
  useEffect(() => () => flush(pending), [])
  const settle = () => {
    pending.current = null
    dropSurveyDraft(userId)
  }
  return { settle }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError, Result } from '../core/result'

export type ApiState<T> = { loading: boolean; error: AppError | null; data: T | null; reload: () => void }

/** Runs a call on mount and whenever deps change; stale answers from earlier runs are dropped. */
export function useApi<T>(run: () => Promise<Result<T>>, deps: readonly unknown[] = []): ApiState<T> {
  const [state, setState] = useState<Omit<ApiState<T>, 'reload'>>({ loading: true, error: null, data: null })
  const seq = useRef(0)
  const runRef = useRef(run)
  runRef.current = run

  const load = useCallback(async () => {
    const mine = ++seq.current
    setState((s) => ({ ...s, loading: true, error: null }))
    const res = await runRef.current()
    if (mine !== seq.current) return
    setState(res.ok ? { loading: false, error: null, data: res.data } : { loading: false, error: res.error, data: null })
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void load(), deps)
  return { ...state, reload: () => void load() }
}

/**
 * Several loads shown as one: one spinner, ONE error (the first), one retry that reloads them all.
 * A page with two sources must never show two identical "连接失败" blocks.
 */
export function combine<A, B>(a: ApiState<A>, b: ApiState<B>): ApiState<[A, B]> {
  return {
    loading: a.loading || b.loading,
    error: a.error ?? b.error,
    data: a.data !== null && b.data !== null ? [a.data, b.data] : null,
    reload: () => (a.reload(), b.reload()),
  }
}

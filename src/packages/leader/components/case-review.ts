// The reviewer's choices on a typical-case draft: redactions restored (by text key and index) and texts left out.
import { useState } from 'react'

const toggled = <T>(s: ReadonlySet<T>, v: T, on: boolean) => {
  const next = new Set(s)
  if (on) next.add(v)
  else next.delete(v)
  return next
}

export function useReview() {
  const [restored, setRestored] = useState<ReadonlyMap<string, ReadonlySet<number>>>(new Map())
  const [omitted, setOmitted] = useState<ReadonlySet<string>>(new Set())
  const restoredIn = (key: string) => restored.get(key) ?? new Set<number>()
  const handlers = (key: string) => ({
    onRestore: (index: number, on: boolean) => setRestored(new Map(restored).set(key, toggled(restoredIn(key), index, on))),
    onOmit: (on: boolean) => setOmitted(toggled(omitted, key, on)),
  })
  const input = () => ({
    restore: [...restored].flatMap(([key, set]) => [...set].map((index) => ({ key, index }))),
    omit: [...omitted],
  })
  return { omitted, restoredIn, handlers, input }
}

// A large roster is imported in batches (a staged import): while one runs, the page shows how far it
// has got and keeps it going — also after a reload, when the import was stopped half way.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { CallOutput } from '@/client/api-core'
import { importsApi } from '@/client/calls/imports'
import { FormError } from '@/client/ui/field'

export type JobProgress = NonNullable<CallOutput<'imports', 'progress'>['job']>

export const isRunning = (job: JobProgress | null | undefined): job is JobProgress =>
  !!job && job.state !== 'committed' && job.state !== 'failed'

function label(job: JobProgress): string {
  if (job.state === 'discarding') return '名单在导入期间被修改，正在撤销已写入的部分…'
  if (job.state === 'refreshing') return '已全部写入并生效，正在更新各班的家访安排…'
  return `已写入 ${job.done}/${job.total} 批，全部写完后才会生效`
}

/** The bar and its words; each resume call carries the import on until it is done. */
export function ImportProgress({ job: first, onEnd }: { job: JobProgress; onEnd: (job: JobProgress) => void }) {
  const [job, setJob] = useState(first)
  const [note, setNote] = useState<string | null>(null)
  // The latest handler, without restarting the run when the page re-renders.
  const end = useRef(onEnd)
  end.current = onEnd
  useEffect(() => {
    let live = true
    const go = async (current: JobProgress) => {
      const res = await importsApi.resume({})
      if (!live) return
      if (!res.ok) return setNote(`${res.error.message}。导入会在后台继续，稍后刷新本页查看。`)
      const next = res.data.job ?? { ...current, state: 'committed', done: current.total }
      setJob(next)
      if (isRunning(next)) void go(next)
      else end.current(next)
    }
    void go(first)
    return () => {
      live = false
    }
  }, [first])
  const percent = Math.round((100 * job.done) / Math.max(1, job.total))
  return (
    <View className="card import-progress" aria-live="polite">
      <Text className="card__title">{`正在导入“${job.fileName}”`}</Text>
      <View className="import-progress__bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <View className="import-progress__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="card__meta">{label(job)}</Text>
      <Text className="card__meta">可以离开本页，导入会继续；回到本页可看到进度。</Text>
      <FormError message={note} />
    </View>
  )
}

/** A staged import of this school still running (e.g. after a reload): null while none. */
export function useRunningImport(): [JobProgress | null, (job: JobProgress | null) => void] {
  const [job, setJob] = useState<JobProgress | null>(null)
  useEffect(() => {
    void importsApi.progress({}).then((res) => {
      if (res.ok && isRunning(res.data.job)) setJob(res.data.job)
    })
  }, [])
  return [job, setJob]
}

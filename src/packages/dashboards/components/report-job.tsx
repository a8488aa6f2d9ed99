// A report job on screen: 生成 starts it, each poll advances it one slice (the bar moves), then 打开.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { JobView } from '@/core/contract/reports-export.contract'
import { reportsApi } from '@/client/calls/reports'
import { printing } from '@/client/print'
import { BigButton } from '@/client/ui/big-button'

const POLL_MS = 400

/** Opens a built or submitted report (H5 download; WeChat's document viewer). */
export async function openReport(ref: { jobId: string } | { submissionId: string }): Promise<string | null> {
  const file = await reportsApi.reportFile(ref)
  if (!file.ok) return file.error.message
  const opened = await printing.openUrl(file.data.url, file.data.name)
  return opened.ok ? null : opened.error.message
}

export function useReportJob(kind: JobView['kind']) {
  const [job, setJob] = useState<JobView | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (job?.state !== 'running') return
    const timer = setTimeout(async () => {
      const next = await reportsApi.reportJob({ jobId: job.jobId })
      if (next.ok) setJob(next.data)
      else setError(next.error.message)
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [job])
  const start = async () => {
    setError(null)
    const res = await reportsApi.startReport({ kind })
    if (res.ok) setJob(res.data)
    else setError(res.error.message)
  }
  return { job, error, setError, start }
}

/** The bar with its percentage in words (read out, and legible at 150 % text). */
export function JobProgress({ job }: { job: JobView }) {
  const text = job.state === 'done' ? '已生成' : job.state === 'failed' ? '生成失败，请重新生成' : `正在生成 ${job.progress}%`
  return (
    <View
      className="job-progress"
      role="progressbar"
      aria-valuenow={job.progress}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label="报告生成进度"
    >
      <View className="job-progress__track">
        <View className="job-progress__bar" style={{ width: `${job.progress}%` }} />
      </View>
      <Text className="job-progress__text">{text}</Text>
    </View>
  )
}

export function ReportJobPanel({ kind, label }: { kind: JobView['kind']; label: string }) {
  const { job, error, setError, start } = useReportJob(kind)
  const running = job?.state === 'running'
  return (
    <View className="card report-job">
      {job ? <JobProgress job={job} /> : null}
      {error ? <Text className="form-error">{error}</Text> : null}
      <BigButton loading={running} onClick={() => void start()}>
        {job ? '重新生成' : label}
      </BigButton>
      {job?.state === 'done' ? (
        <BigButton kind="default" onClick={() => void openReport({ jobId: job.jobId }).then(setError)}>
          下载报告
        </BigButton>
      ) : null}
    </View>
  )
}

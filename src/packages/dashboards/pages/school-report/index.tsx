// 上报区教体局: the principal builds the school's report (progress shown), reviews its figures, downloads
// it, and submits it; every submission is kept as a dated version.
import { Text, View } from '@tarojs/components'
import { reportsApi } from '@/client/calls/reports'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { KeyValues } from '@/client/ui/key-values'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import type { SubmissionView } from '@/core/contract/reports-export.contract'
import { formatLocal } from '@/core/time'
import { JobProgress, openReport, useReportJob } from '../../components/report-job'
import '../../dashboards.scss'

const figureRows = (f: Record<string, string | number>) => Object.entries(f).map(([key, v]) => ({ key, value: String(v) }))

function History({ rows, onOpen }: { rows: SubmissionView[]; onOpen: (id: string) => void }) {
  if (!rows.length) return <Text className="card__meta">本学年还没有提交过报告</Text>
  return (
    <View className="report-history">
      {rows.map((s) => (
        <View key={s.submissionId} className="card">
          <Text className="card__title">第{s.version}版</Text>
          <Text className="card__meta">
            {formatLocal(s.submittedAt)} · {s.submittedByName}提交
          </Text>
          <BigButton kind="default" label={`下载第${s.version}版`} onClick={() => onOpen(s.submissionId)}>
            下载
          </BigButton>
        </View>
      ))}
    </View>
  )
}

export default function SchoolReport() {
  const history = useApi(() => reportsApi.submissions({}))
  const { job, error, setError, start } = useReportJob('school')
  const { dialog, ask } = useConfirm()
  const submit = (jobId: string) =>
    ask({
      title: '提交给区教体局？',
      text: '提交后区教体局即可看到这份报告，不能修改；如需更正，请重新生成后再提交（作为新版本）。',
      confirmLabel: '确认提交',
      onConfirm: async () => {
        const res = await reportsApi.submitReport({ jobId })
        if (!res.ok) return setError(res.error.message)
        showToast(`已提交第${res.data.version}版`)
        history.reload()
      },
    })
  return (
    <Screen title="上报区教体局" subtitle={history.data ? `${history.data.schoolName} · ${history.data.periodLabel}` : null}>
      <Loaded state={history}>
        {(h) => (
          <>
            <Text className="report-deadline">上报截止：{h.deadline}（每学年12月底前）</Text>
            <View className="card report-job">
              {job ? (
                <JobProgress job={job} />
              ) : (
                <Text className="card__meta">报告含各年级各班家访数据、特殊家庭未访名单、领导班子家访和典型案例。</Text>
              )}
              {job?.figures ? (
                <>
                  <Text className="report-figures__title">全校合计（报告第一张表的最后一行）</Text>
                  <KeyValues label="全校合计" rows={figureRows(job.figures)} />
                </>
              ) : null}
              {error ? <Text className="form-error">{error}</Text> : null}
              <BigButton loading={job?.state === 'running'} onClick={() => void start()}>
                {job ? '重新生成' : '生成报告'}
              </BigButton>
              {job?.state === 'done' ? (
                <>
                  <BigButton kind="default" onClick={() => void openReport({ jobId: job.jobId }).then(setError)}>
                    下载报告
                  </BigButton>
                  {h.canSubmit ? (
                    <BigButton onClick={() => submit(job.jobId)}>提交</BigButton>
                  ) : (
                    <Text className="card__meta">由校长提交</Text>
                  )}
                </>
              ) : null}
            </View>
            <Text className="section-title">提交记录</Text>
            <History rows={h.rows} onOpen={(id) => void openReport({ submissionId: id }).then(setError)} />
          </>
        )}
      </Loaded>
      {dialog}
    </Screen>
  )
}

// 名单导入: template → choose file → preview (counts, row errors) → confirm → result (a large file:
// its batches' progress first, see progress.tsx).
// The uploaded file stays in state, so a failed preview or apply retries without choosing again.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AppError } from '@/core/result'
import type { CallOutput } from '@/client/api-core'
import { importsApi } from '@/client/calls/imports'
import { filePicker } from '@/client/file-picker'
import type { UploadedFile } from '@/client/file-picker.types'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { scrollToTop } from '@/client/ui/scroll'
import { ErrorState, LoadingState } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { ImportHistory } from './history'
import { ImportErrors, SummaryView, summaryText } from './parts'
import { ImportProgress, isRunning, useRunningImport, type JobProgress } from './progress'

type Preview = CallOutput<'imports', 'preview'>
type Applied = CallOutput<'imports', 'apply'>
const EXTENSIONS = ['xlsx', 'csv']

export default function ImportPage() {
  const [file, setFile] = useState<UploadedFile | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [applied, setApplied] = useState<Applied | null>(null)
  const [busy, setBusy] = useState<'template' | 'pick' | 'preview' | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [finished, setFinished] = useState<string | null>(null)
  const { dialog, ask } = useConfirm()
  const [running, setRunning] = useRunningImport()

  const ended = (job: JobProgress) => {
    setRunning(null)
    if (job.state === 'failed') {
      setApplied(null)
      return setNote(job.error ?? '导入没有完成，请重新预览后再导入')
    }
    showToast('已导入')
    // After a reload only the job is known: the page says it is done.
    if (!applied) setFinished(`“${job.fileName}”已全部导入并生效，可在下方导入记录中查看。`)
  }

  const downloadTemplate = async () => {
    setBusy('template')
    setNote(null)
    const res = await importsApi.template({})
    const opened = res.ok ? await filePicker.openFile(res.data.url, res.data.name) : res
    setBusy(null)
    if (!opened.ok) setNote(opened.error.message)
  }

  const runPreview = async (f: UploadedFile) => {
    setBusy('preview')
    setError(null)
    const res = await importsApi.preview({ fileId: f.fileId })
    setBusy(null)
    if (res.ok) setPreview(res.data)
    else setError(res.error)
  }

  const pick = async () => {
    setBusy('pick')
    setNote(null)
    const res = await filePicker.pickAndUpload({ extensions: EXTENSIONS })
    setBusy(null)
    if (!res) return
    if (!res.ok) return setNote(res.error.message)
    setFile(res.data)
    setPreview(null)
    await runPreview(res.data)
  }

  const apply = (f: UploadedFile, p: Preview) =>
    ask({
      title: '确认导入？',
      text: `${summaryText(p.summary)}。导入后立即生效；名单中没有的学生会保留，不会删除。`,
      confirmLabel: '确认导入',
      onConfirm: async () => {
        const res = await importsApi.apply({ fileId: f.fileId })
        if (!res.ok) return setNote(res.error.message)
        setApplied(res.data)
        scrollToTop()
        if (isRunning(res.data.job)) return setRunning(res.data.job)
        showToast('已导入')
      },
    })

  if (running) {
    return (
      <Screen title="名单导入" subtitle="名单较大，分批写入，全部写完后一起生效">
        <ImportProgress job={running} onEnd={ended} />
      </Screen>
    )
  }

  if (applied) {
    return (
      <Screen title="导入完成" subtitle={applied.fileName}>
        <SummaryView summary={applied.summary} />
        {applied.missingFromFile ? (
          <Text className="card__meta">{`表格中没有列出的 ${applied.missingFromFile} 名学生已保留。`}</Text>
        ) : null}
        <BigButton onClick={() => void Taro.navigateBack()}>返回学校管理</BigButton>
        {/* Its own key: mounted afresh, so it loads with this import first. */}
        <ImportHistory key="after-apply" />
      </Screen>
    )
  }

  const hasErrors = (preview?.errorCount ?? 0) > 0
  return (
    <Screen title="名单导入" subtitle="用表格导入或更新班级、学生、家长和教职工">
      <View className="card">
        <Text className="card__title">第1步：下载模板</Text>
        <Text className="card__meta">按模板填写“学生”和“教职工”两个工作表，支持 .xlsx 和 .csv。</Text>
        <BigButton kind="default" loading={busy === 'template'} onClick={() => void downloadTemplate()}>
          下载模板
        </BigButton>
      </View>
      <View className="card">
        <Text className="card__title">第2步：选择填好的表格</Text>
        {file ? <Text className="card__meta">{`已选择：${file.name}`}</Text> : null}
        <BigButton kind={preview ? 'default' : 'primary'} loading={busy === 'pick'} onClick={() => void pick()}>
          {file ? '重新选择文件' : '选择文件'}
        </BigButton>
      </View>
      <FormError message={note} />
      {finished ? (
        <View className="card" role="status">
          <Text className="card__title">{finished}</Text>
        </View>
      ) : null}
      {busy === 'preview' ? <LoadingState text="正在检查表格…" /> : null}
      {error && file ? <ErrorState error={error} onRetry={() => void runPreview(file)} /> : null}
      {preview && file ? (
        <View>
          <Text className="section-title">第3步：核对预览</Text>
          <SummaryView summary={preview.summary} />
          {preview.missingFromFile ? (
            <Text className="card__meta">{`学校现有的 ${preview.missingFromFile} 名学生不在表格中，导入后仍会保留。`}</Text>
          ) : null}
          {hasErrors ? <ImportErrors errors={preview.errors} errorCount={preview.errorCount} /> : null}
          {hasErrors ? (
            <View className="form-error" role="alert">
              <Text>{`表格中有 ${preview.errorCount} 处错误，需全部改正后重新选择文件，才能导入。`}</Text>
            </View>
          ) : null}
          <BigButton disabled={hasErrors} onClick={() => apply(file, preview)}>
            确认导入
          </BigButton>
        </View>
      ) : null}
      <ImportHistory />
      {dialog}
    </Screen>
  )
}

// 家访档案: one student's visits, newest first, with what the caller may see of each record. In H5 it
// prints (navigation and buttons are left off the paper); staff can also export it as Excel.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ArchiveLevel } from '@/core/contract/visits-archive.contract'
import type { AppError } from '@/core/result'
import { importsApi } from '@/client/calls/imports'
import { visitsApi } from '@/client/calls/visits'
import { printing } from '@/client/print'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { EmptyState, ErrorState, Loaded } from '@/client/ui/states'
import { ArchiveVisitCard } from '../../components/archive-visit'

const WHO_SEES: Record<ArchiveLevel, string> = {
  full: '您可以看到完整的家访记录。每次查看和导出都会记录。',
  teaching: '任课老师可以看到孩子的闪光点和共同商定的做法。每次查看都会记录。',
  parent: '这里是老师和您分享的家访小结、孩子的闪光点和共同商定的做法。',
}

function Tools({ studentId, staff }: { studentId: string; staff: boolean }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  if (!printing.available) return null
  const exportXlsx = async () => {
    setBusy(true)
    setError(null)
    const res = await importsApi.archiveXlsx({ studentId })
    const opened = res.ok ? await printing.download(res.data.fileId, res.data.name) : res
    setBusy(false)
    if (!opened.ok) setError(opened.error)
  }
  return (
    <View className="archive-tools no-print">
      <BigButton kind="default" onClick={printing.print}>
        打印
      </BigButton>
      {staff ? (
        <BigButton kind="default" loading={busy} onClick={() => void exportXlsx()}>
          导出 Excel
        </BigButton>
      ) : null}
      {error ? <ErrorState error={error} onRetry={() => void exportXlsx()} /> : null}
    </View>
  )
}

export default function ArchivePage() {
  const params = usePageParams('visitArchive')
  const { studentId } = params
  const loaded = useApi(() => visitsApi.archive({ studentId }), [studentId])
  const subtitle = loaded.data ? `${loaded.data.studentName} · ${loaded.data.className}` : params.name
  return (
    <Screen title={loaded.data?.level === 'parent' ? '家访记录' : '家访档案'} subtitle={subtitle}>
      <Loaded state={loaded}>
        {(a) => (
          <View className="archive">
            <Text className="card__meta no-print">{WHO_SEES[a.level]}</Text>
            {a.visits.length ? <Tools studentId={studentId} staff={a.level !== 'parent'} /> : null}
            {a.visits.length === 0 ? (
              <EmptyState title="还没有家访" hint="家访约定以后，会在这里按时间列出每次家访和记录" />
            ) : (
              a.visits.map((v) => <ArchiveVisitCard key={v.visitId} visit={v} />)
            )}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

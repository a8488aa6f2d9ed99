// 记录修改历史: every version of a submitted record (author and leaders), newest first, each with when,
// who, and which parts of the form changed from the version before.
import { Text, View } from '@tarojs/components'
import { formatLocal } from '@/core/time'
import { versionHistory, type VersionRow } from '@/core/visit/record-history'
import { visitsApi } from '@/client/calls/visits'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

const changesText = (changes: VersionRow['changes']) =>
  changes === null ? '第一次提交' : changes.length ? `修改了：${changes.join('、')}` : '内容没有变化'

function Version({ row, byName, latest }: { row: VersionRow; byName: string; latest: boolean }) {
  return (
    <View className="card record-version">
      <Text className="card__title">{`第 ${row.n} 版${latest ? '（当前）' : ''}`}</Text>
      <View className="record-version__meta">
        <Text className="card__meta">{formatLocal(row.at, 'YYYY年M月D日 HH:mm')}</Text>
        <Text className="card__meta">{`${byName}老师`}</Text>
      </View>
      <Text className="record-version__changes">{changesText(row.changes)}</Text>
    </View>
  )
}

export default function RecordVersionsPage() {
  const { id: visitId } = usePageParams('visitRecordVersions')
  const versions = useApi(() => visitsApi.recordVersions({ visitId }), [visitId])
  return (
    <Screen title="记录修改历史">
      <Loaded
        state={versions}
        isEmpty={(d) => d.versions.length === 0}
        empty={<EmptyState title="记录还没有提交" hint="提交以后，每次修改都会在这里留一版" />}
      >
        {(d) => {
          const byName = new Map(d.versions.map((v) => [v.n, v.byName]))
          const rows = versionHistory(d.versions)
          return (
            <View>
              <Text className="card__meta">{`共 ${rows.length} 版，每一版都保留；家长只看到当前这一版的小结、闪光点和共育策略`}</Text>
              {rows.map((row, i) => (
                <Version key={row.n} row={row} byName={byName.get(row.n) ?? ''} latest={i === 0} />
              ))}
            </View>
          )
        }}
      </Loaded>
    </Screen>
  )
}

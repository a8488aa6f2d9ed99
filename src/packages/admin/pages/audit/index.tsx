// 敏感信息查看记录: read-only, newest first as the server returns them.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '@/core/roles'
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS } from '@/core/contract/privacy.contract'
import { privacyApi } from '@/client/calls/privacy'
import { useApi } from '@/client/use-api'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

const PAGE_SIZE = 20
const roleWords = (roles: string) =>
  roles
    .split(',')
    .filter(Boolean)
    .map((r) => ROLE_LABELS[r as Role] ?? r)
    .join('、') || '家长'
const targetWords = (target: string) => {
  const [kind, id] = target.split(':')
  return `${AUDIT_TARGET_LABELS[kind ?? ''] ?? kind}（${id ?? ''}）`
}
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

export default function AuditPage() {
  const [page, setPage] = useState(0)
  const log = useApi(() => privacyApi.auditLog({ page, pageSize: PAGE_SIZE }), [page])
  return (
    <Screen title="敏感信息查看记录" subtitle="每一次查看家庭信息都会记录，记录不能修改">
      <Loaded state={log} isEmpty={(d) => d.total === 0} empty={<EmptyState title="还没有查看记录" />}>
        {(d) => (
          <View>
            <Text className="card__meta">{`共 ${d.total} 条`}</Text>
            {d.rows.map((r, i) => (
              <View key={`${r.at}-${i}`} className="card audit-row">
                <Text className="card__title">{`${r.actorName}（${roleWords(r.actorRole)}）`}</Text>
                <Text className="card__meta">{`${AUDIT_ACTION_LABELS[r.action] ?? r.action} · ${targetWords(r.target)}${r.schoolName ? ` · ${r.schoolName}` : ''}`}</Text>
                <Text className="card__meta">{`原因：${r.reason} · ${when(r.at)}`}</Text>
              </View>
            ))}
            <Pager page={page} total={d.total} pageSize={PAGE_SIZE} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

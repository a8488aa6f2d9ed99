// 敏感信息查看记录: read-only, newest first as the server returns them. Each row says who (name and
// role) did what to whose record (in words, names masked), when and why. Imports are listed on the
// import page, not here.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '@/core/roles'
import type { CallOutput } from '@/client/api-core'
import { AUDIT_ACTION_LABELS } from '@/core/contract/privacy.contract'
import { formatLocal } from '@/core/time'
import { privacyApi } from '@/client/calls/privacy'
import { cachedMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { KeyValues } from '@/client/ui/key-values'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

type Row = CallOutput<'privacy', 'auditLog'>['rows'][number]
const PAGE_SIZE = 20

// A parent's own action (withdrawing consent) carries no staff role.
const roleWords = (roles: string) =>
  roles
    .split(',')
    .filter(Boolean)
    .map((r) => ROLE_LABELS[r as Role] ?? r)
    .join('、') || '家长'

function AuditRow({ r, showSchool }: { r: Row; showSchool: boolean }) {
  const what = AUDIT_ACTION_LABELS[r.action] ?? '其他操作'
  const who = `${r.actorName || '已停用的账号'}（${roleWords(r.actorRole)}）`
  return (
    <View className="card audit-row" aria-label={`${who}${what}，${r.subject}`}>
      <Text className="card__title">{who}</Text>
      <Text className="audit-row__what">{what}</Text>
      <KeyValues
        rows={[
          { key: '对象', value: r.subject },
          { key: '原因', value: r.reason },
          { key: '时间', value: formatLocal(r.at), keep: true },
          ...(showSchool && r.schoolName ? [{ key: '学校', value: r.schoolName }] : []),
        ]}
      />
    </View>
  )
}

export default function AuditPage() {
  const [page, setPage] = useState(0)
  const log = useApi(() => privacyApi.auditLog({ page, pageSize: PAGE_SIZE }), [page])
  // A school's own log is all one school; only the district's spans several (unknown caller: show it).
  const showSchool = cachedMe()?.homes.includes('district') ?? true
  return (
    <Screen title="敏感信息查看记录" subtitle="每一次查看家庭信息都会记录，记录不能修改">
      <Loaded state={log} isEmpty={(d) => d.total === 0} empty={<EmptyState title="还没有查看记录" />}>
        {(d) => (
          <View>
            <Text className="card__meta">{`共 ${d.total} 条`}</Text>
            {d.rows.map((r, i) => (
              <AuditRow key={`${r.at}-${i}`} r={r} showSchool={showSchool} />
            ))}
            <Pager page={page} total={d.total} pageSize={PAGE_SIZE} onPage={setPage} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

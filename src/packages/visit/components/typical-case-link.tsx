// 设为典型案例: a small link on a submitted record, for middle managers and leaders (the server checks too).
import Taro from '@tarojs/taro'
import type { RecordView } from '@/core/contract/visits-record.contract'
import { hasAnyRole, LEADER } from '@/core/roles'
import { pagePath } from '@/client/routes'
import { loadMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { LinkButton } from './link-button'

export function TypicalCaseLink({ view }: { view: RecordView }) {
  const me = useApi(() => loadMe())
  if (!view.submitted || !me.data || !hasAnyRole(me.data.roles, LEADER)) return null
  const open = () => void Taro.navigateTo({ url: pagePath('typicalCaseReview', { id: view.visitId }) })
  return <LinkButton onClick={open}>设为典型案例</LinkButton>
}

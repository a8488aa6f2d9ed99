// 分配家访: the automatic assignment as a suggestion first (who gets which families), then applied in
// one action after a confirmation. The suggestion is refused if the families changed meanwhile.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MoveView } from '@/core/contract/coverage-leader.contract'
import { DEFAULT_LEADER_SHARE } from '@/core/coverage/assign'
import { coverageApi } from '@/client/calls/coverage'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { EmptyState } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { MoveGroups } from '../../components/move-groups'
import { Stepper } from '@/client/ui/stepper'

type Suggestion = { moves: MoveView[]; basis: string; families: number }

export default function AssignPage() {
  const [share, setShare] = useState(DEFAULT_LEADER_SHARE)
  const [busy, setBusy] = useState<'suggest' | 'apply' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null)
  const { dialog, ask } = useConfirm()

  const suggest = async () => {
    setBusy('suggest')
    setError(null)
    const res = await coverageApi.suggestAssignment({ leaderShare: share })
    setBusy(null)
    if (!res.ok) return setError(res.error.message)
    setSuggestion(res.data)
  }

  const apply = (s: Suggestion) =>
    ask({
      title: `确认分配 ${s.moves.length} 户？`,
      text: '这些家庭本学年的家访将改由建议中的老师负责，老师们的“还需家访”会随之变化。已经约好的家访不变。',
      confirmLabel: '确认分配',
      onConfirm: async () => {
        setBusy('apply')
        setError(null)
        const res = await coverageApi.applyAssignment({ moves: s.moves.map(({ familyId, to }) => ({ familyId, to })), basis: s.basis })
        setBusy(null)
        if (!res.ok) return setError(res.error.message)
        setSuggestion(null)
        showToast(`已分配 ${res.data.applied} 户`)
      },
    })

  return (
    <Screen title="分配家访">
      <Text className="lead">
        每户家庭都有一位负责老师；校长和领导班子成员各带头负责几户；负担过重的老师分给同班其他老师。先看建议，确认后才会生效。
      </Text>
      <Stepper label="每位领导负责的户数" value={share} min={1} max={50} unit="户" onChange={(n) => (setShare(n), setSuggestion(null))} />
      <BigButton
        kind={suggestion ? 'default' : 'primary'}
        loading={busy === 'suggest'}
        disabled={busy !== null}
        onClick={() => void suggest()}
      >
        生成建议
      </BigButton>
      <FormError message={error} />
      {suggestion && suggestion.moves.length === 0 ? <EmptyState title="现在的分配已经均衡" hint="不需要调整" /> : null}
      {suggestion && suggestion.moves.length > 0 ? (
        <View>
          <Text className="section-title">{`建议调整 ${suggestion.moves.length} 户（全校应访 ${suggestion.families} 户）`}</Text>
          <MoveGroups moves={suggestion.moves} />
          <BigButton loading={busy === 'apply'} disabled={busy !== null} onClick={() => apply(suggestion)}>
            {busy === 'apply' ? '正在分配…' : `确认分配（共 ${suggestion.moves.length} 户）`}
          </BigButton>
        </View>
      ) : null}
      {!suggestion ? (
        <BigButton kind="default" onClick={() => void Taro.navigateBack()}>
          返回家访进度
        </BigButton>
      ) : null}
      {dialog}
    </Screen>
  )
}

// 家庭名单: the families behind one number of the plan board, 20 at a time; the principal and leaders
// can give a family to another colleague from here.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { FamilyRow, StaffChoice } from '@/core/contract/coverage-leader.contract'
import { BOARD_MEASURES, type BoardMeasure } from '@/core/coverage/board'
import { coverageApi } from '@/client/calls/coverage'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { useConfirm } from '@/client/ui/confirm'
import { Pager } from '@/client/ui/pager'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { FamilyCard, familyName } from '../../components/family-card'
import { StaffPicker } from '../../components/staff-picker'

const asMeasure = (m: string): BoardMeasure => (BOARD_MEASURES.includes(m as BoardMeasure) ? (m as BoardMeasure) : 'required')

export default function FamiliesPage() {
  const params = usePageParams('leaderFamilies')
  const measure = asMeasure(params.measure)
  const [page, setPage] = useState(0)
  const list = useApi(() => coverageApi.families({ scope: params.scope, measure, page }), [page])
  const [picking, setPicking] = useState<FamilyRow | null>(null)
  const { dialog, ask } = useConfirm()
  const d = list.data

  const confirm = (f: FamilyRow, s: StaffChoice) => {
    setPicking(null)
    ask({
      title: `改派给${s.name}？`,
      text: `本学年${familyName(f)}的家访改由${s.name}负责，${s.name}的“还需家访”里会出现这户。已经约好的家访不变。`,
      confirmLabel: '确认改派',
      onConfirm: async () => {
        const res = await coverageApi.reassign({ familyId: f.familyId, staffId: s.staffId })
        showToast(res.ok ? res.data.message : res.error.message)
        if (res.ok) list.reload()
      },
    })
  }

  const shown = { ...list, loading: list.loading && d === null }
  return (
    <Screen title={d ? `${d.scopeLabel} · ${d.measureLabel}` : '家庭名单'} subtitle={d ? `共 ${d.total} 户` : null}>
      <Loaded
        state={shown}
        isEmpty={(x) => x.rows.length === 0}
        empty={<EmptyState title="没有这样的家庭" hint="数字可能刚刚变化，请返回家访进度查看" />}
      >
        {(x) => (
          <View>
            {x.rows.map((f) => (
              <FamilyCard key={f.familyId} family={f} onReassign={x.staff.length ? () => setPicking(f) : null} />
            ))}
            <Pager page={x.page} total={x.total} pageSize={x.pageSize} onPage={setPage} />
          </View>
        )}
      </Loaded>
      {picking && d ? (
        <StaffPicker
          family={familyName(picking)}
          current={picking.ownerId}
          staff={d.staff}
          onPick={(s) => confirm(picking, s)}
          onClose={() => setPicking(null)}
        />
      ) : null}
      {dialog}
    </Screen>
  )
}

// Whom to give a family to: every colleague who visits, as large chips, then one confirming step.
import { useState } from 'react'
import type { StaffChoice } from '@/core/contract/coverage-leader.contract'
import { BigButton } from '@/client/ui/big-button'
import { Choices } from '@/client/ui/choice'
import { DialogFrame } from '@/client/ui/dialog-frame'

export function StaffPicker(props: {
  family: string
  current: string | null
  staff: StaffChoice[]
  onPick: (s: StaffChoice) => void
  onClose: () => void
}) {
  const { family, current, staff, onPick, onClose } = props
  const [picked, setPicked] = useState<string | null>(null)
  const options = staff.map((s) => ({ value: s.staffId, label: `${s.name}（${s.role}）`, disabled: s.staffId === current }))
  const chosen = staff.find((s) => s.staffId === picked) ?? null
  return (
    <DialogFrame title={`改派${family}`} text="选择本学年负责这户家访的老师：">
      <Choices label="负责老师" options={options} value={picked} onChange={setPicked} />
      <BigButton disabled={!chosen} onClick={() => chosen && onPick(chosen)}>
        下一步
      </BigButton>
      <BigButton kind="default" onClick={onClose}>
        取消
      </BigButton>
    </DialogFrame>
  )
}

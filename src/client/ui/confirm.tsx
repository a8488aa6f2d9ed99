import { useState, type ReactNode } from 'react'
import { BigButton } from './big-button'
import { DialogFrame } from './dialog-frame'

export type ConfirmSpec = {
  title: string
  /** What happens next, in plain words: the consequence, not just "are you sure". */
  text: string
  confirmLabel: string
  onConfirm: () => void | Promise<void>
}

/** A NutUI dialog (both platforms, testable, large type) before every destructive action. */
export function ConfirmDialog({ spec, onClose }: { spec: ConfirmSpec; onClose: () => void }) {
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      await spec.onConfirm()
    } finally {
      setBusy(false)
      onClose()
    }
  }
  return (
    <DialogFrame title={spec.title} text={spec.text}>
      <BigButton loading={busy} onClick={() => void confirm()}>
        {spec.confirmLabel}
      </BigButton>
      <BigButton kind="default" disabled={busy} onClick={onClose}>
        取消
      </BigButton>
    </DialogFrame>
  )
}

/** `ask(spec)` opens the dialog; render `dialog` once anywhere in the page. */
export function useConfirm(): { dialog: ReactNode; ask: (spec: ConfirmSpec) => void } {
  const [spec, setSpec] = useState<ConfirmSpec | null>(null)
  const dialog = spec ? <ConfirmDialog spec={spec} onClose={() => setSpec(null)} /> : null
  return { dialog, ask: setSpec }
}

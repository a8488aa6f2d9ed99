// 申请更正: which child, which item, what is wrong — sent to the child's head teacher as a task.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { newRequestId } from '@/client/api-core'
import { privacyApi } from '@/client/calls/privacy'
import { BigButton } from '@/client/ui/big-button'
import { Choices } from '@/client/ui/choice'
import { TextBox } from '@/client/ui/text-box'
import { showToast } from '@/client/ui/toast'
import { CORRECTION_ITEM_KEYS, CORRECTION_ITEMS, type CorrectionItem } from '@/core/privacy/correction.schema'

const MAX = 300
type Child = { studentId: string; name: string }

export function CorrectionForm({ children, onSent }: { children: Child[]; onSent: () => void }) {
  const [studentId, setStudentId] = useState<string | null>(children.length === 1 ? children[0]!.studentId : null)
  const [item, setItem] = useState<CorrectionItem | null>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // One id for this form: sending twice (a double tap, a retry) files one request.
  const [requestId] = useState(() => `cor-${newRequestId()}`)
  const send = async () => {
    if (!studentId || !item) return setError(!studentId ? '请选择是哪个孩子的信息' : '请选择要更正的内容')
    setBusy(true)
    setError(null)
    const res = await privacyApi.requestCorrection({ requestId, studentId, item, text })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    showToast('已交给班主任')
    onSent()
  }
  return (
    <View className="card correction-form" aria-label="申请更正信息">
      <Text className="card__title">申请更正信息</Text>
      {children.length > 1 ? (
        <Choices
          label="哪个孩子"
          options={children.map((c) => ({ value: c.studentId, label: c.name }))}
          value={studentId}
          onChange={setStudentId}
        />
      ) : null}
      <Choices
        label="要更正的内容"
        options={CORRECTION_ITEM_KEYS.map((k) => ({ value: k, label: CORRECTION_ITEMS[k] }))}
        value={item}
        onChange={setItem}
      />
      <TextBox
        label="哪里不对"
        value={text}
        maxLength={MAX}
        placeholder="例如：出生年月应是2017年3月"
        hint="班主任会核对并回复您"
        error={error}
        onInput={setText}
      />
      <BigButton loading={busy} disabled={!text.trim()} onClick={() => void send()}>
        交给班主任
      </BigButton>
    </View>
  )
}

// 说明家访情况: the visit's teacher gives their side of a dispute. Neutral: the parent's words stay with
// the leaders (the teacher never reads an individual answer).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatLocal } from '@/core/time'
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { TextBox } from '@/client/ui/text-box'
import { KeyValues } from '@/client/ui/key-values'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'

function SideForm({ disputeId, onSent }: { disputeId: string; onSent: () => void }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const send = async () => {
    setBusy(true)
    const res = await surveysApi.hearTeacher({ disputeId, text: text.trim() })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    showToast('已提交')
    onSent()
  }
  return (
    <View>
      <TextBox label="您的说明" value={text} maxLength={500} placeholder="这次家访的时间、方式和经过" error={error} onInput={setText} />
      <BigButton loading={busy} disabled={text.trim().length < 2} onClick={() => void send()}>
        提交说明
      </BigButton>
    </View>
  )
}

export default function TeacherDisputePage() {
  const { id } = usePageParams('teacherDispute')
  const loaded = useApi(() => surveysApi.myDispute({ disputeId: id }), [id])
  return (
    <Screen title="说明家访情况" large>
      <Loaded state={{ ...loaded, loading: loaded.loading && loaded.data === null }}>
        {(d) => (
          <View>
            <Text className="lead">学校在核实一次家访的情况，请如实写下这次家访的经过。</Text>
            <KeyValues
              rows={[
                {
                  key: '家访',
                  value: `${d.visit.startAt ? formatLocal(d.visit.startAt, 'M月D日 HH:mm') : ''} ${d.visit.format}`,
                  keep: true,
                },
                { key: '学生', value: d.visit.children },
              ]}
            />
            {d.heard ? (
              <View className="dispute__side" role="status">
                <Text>{`已于${formatLocal(d.heard.at, 'M月D日 HH:mm')}说明：${d.heard.text}`}</Text>
              </View>
            ) : null}
            {d.open && !d.heard ? <SideForm disputeId={d.disputeId} onSent={loaded.reload} /> : null}
            {!d.open ? <Text className="lead">学校已处理完毕，谢谢您的配合。</Text> : null}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}

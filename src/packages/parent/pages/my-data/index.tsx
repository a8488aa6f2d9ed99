// 我的信息 (PIPL art. 45–46): what the school holds about the family, section by section, with 下载
// (H5: a JSON file; WeChat cannot download it, so the text is copied instead) and 申请更正.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MyData } from '@/core/contract/privacy-own-data.contract'
import { newRequestId } from '@/client/api-core'
import { privacyApi } from '@/client/calls/privacy'
import { printing } from '@/client/print'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'
import { KeyValues } from '@/client/ui/key-values'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { CorrectionForm } from '../../components/correction-form'
import { correctionRows, familySections, myDataText, type Section } from '../../my-data-words'

const SectionView = ({ s }: { s: Section }) => (
  <View className="card my-data__section">
    <Text className="card__title">{s.title}</Text>
    {s.rows.length ? <KeyValues rows={s.rows} label={s.title} /> : <Text className="card__meta">{s.empty}</Text>}
  </View>
)

function useDownload(data: MyData | null) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async () => {
    setError(null)
    if (!printing.available) {
      // WeChat has no file download for a sealed export: the same data as text, to paste and keep.
      if (data) await Taro.setClipboardData({ data: myDataText(data) }).catch(() => undefined)
      return
    }
    setBusy(true)
    const res = await privacyApi.myDataFile({ requestId: `dl-${newRequestId()}` })
    if (res.ok) await printing.download(res.data.fileId, res.data.name)
    setBusy(false)
    if (!res.ok) setError(res.error.message)
    else showToast('已下载')
  }
  return { busy, error, run }
}

function Body({ d, reload }: { d: MyData; reload: () => void }) {
  const [asking, setAsking] = useState(false)
  const download = useDownload(d)
  const children = d.families.flatMap((f) => f.children.map((c) => ({ studentId: c.studentId, name: c.name })))
  return (
    <View>
      <Text className="card__meta">这些是学校保存的您家的信息。发现不对，可以申请更正，班主任会处理并回复您。</Text>
      {d.families.map((f) => (
        <View key={f.familyId}>
          {familySections(f).map((s) => (
            <SectionView key={s.title} s={s} />
          ))}
        </View>
      ))}
      <SectionView s={{ title: '我的更正申请', rows: correctionRows(d), empty: '还没有申请过更正' }} />
      <FormError message={download.error} />
      <BigButton kind="default" loading={download.busy} onClick={() => void download.run()}>
        {printing.available ? '下载我的信息' : '复制全部文字'}
      </BigButton>
      {printing.available ? null : <Text className="card__meta">微信里不能下载文件，复制后可以粘贴到聊天或备忘录里保存。</Text>}
      {asking ? (
        <CorrectionForm children={children} onSent={() => (setAsking(false), reload())} />
      ) : (
        <BigButton onClick={() => setAsking(true)}>申请更正</BigButton>
      )}
    </View>
  )
}

export default function MyDataPage() {
  const data = useApi(() => privacyApi.myData({}))
  return (
    <Screen title="我的信息" large>
      <Loaded
        state={{ ...data, loading: data.loading && data.data === null }}
        isEmpty={(d) => d.families.length === 0}
        empty={<EmptyState title="还没有孩子的信息" hint="班主任通过绑定后，这里会显示学校保存的信息" />}
      >
        {(d) => <Body d={d} reload={data.reload} />}
      </Loaded>
    </Screen>
  )
}

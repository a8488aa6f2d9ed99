// When a parent is usually free for a visit, and which formats suit them: big chips for the usual
// windows, one of their own if none fits, then save. Teachers' suggested times follow these.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AvailabilityView } from '@/core/contract/visits-bulk.contract'
import type { FreeWindow } from '@/core/model/availability.schema'
import { VISIT_FORMATS, type VisitFormat } from '@/core/model/visit.schema'
import { FREE_FORMAT_LABELS, MAX_WINDOWS, WINDOW_PRESETS, freeWindowWords, presetOf } from '@/core/visit/availability.rules'
import { visitsApi } from '@/client/calls/visits'
import { HOME_PATHS } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'
import { FormError } from '@/client/ui/field'
import { ManyChoices } from '@/client/ui/many-choices'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { useApi } from '@/client/use-api'
import { leaveNotice } from '../../notice'
import { CustomWindow } from '../../components/custom-window'

const keyOf = (w: FreeWindow) => `${w.days}|${w.from}|${w.to}`
const windowOf = (key: string): FreeWindow => {
  const [days, from, to] = key.split('|') as [FreeWindow['days'], string, string]
  return { days, from, to }
}

function AvailabilityForm({ saved }: { saved: AvailabilityView | null }) {
  const [windows, setWindows] = useState<string[]>(() => (saved?.windows ?? []).map(keyOf))
  const [formats, setFormats] = useState<VisitFormat[]>(() => saved?.formats ?? [])
  const [custom, setCustom] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const full = windows.length >= MAX_WINDOWS
  // The usual windows, then any of the parent's own (shown on, tapped off to remove).
  const own = windows.filter((k) => !presetOf(windowOf(k)))
  const options = [
    ...WINDOW_PRESETS.map((p) => ({ value: keyOf(p), label: p.name, note: p.hours, disabled: full })),
    ...own.map((k) => ({ value: k, label: freeWindowWords(windowOf(k)) })),
  ]
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v])

  const save = async () => {
    if (formats.length === 0) return setError('请至少选一种家访方式')
    setBusy(true)
    setError(null)
    const res = await visitsApi.setAvailability({ windows: windows.map(windowOf), formats, version: saved?.version ?? null })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    leaveNotice('已保存，老师约家访时会优先选这些时间')
    void Taro.reLaunch({ url: HOME_PATHS.parent })
  }

  return (
    <View>
      <Text className="lead">老师约家访时，会优先选您方便的时间。可以多选，以后也能随时改。</Text>
      <ManyChoices
        label="您一般什么时候方便？"
        hint={full ? `最多选${MAX_WINDOWS}个时间段` : undefined}
        options={options}
        values={windows}
        onToggle={(k) => setWindows(toggle(windows, k))}
        layout="grid"
      />
      {custom ? (
        <CustomWindow
          onAdd={(w) => {
            if (!windows.includes(keyOf(w))) setWindows([...windows, keyOf(w)])
            setCustom(false)
          }}
          onCancel={() => setCustom(false)}
        />
      ) : full ? null : (
        <BigButton kind="default" onClick={() => setCustom(true)}>
          都不合适，另选一个时间段
        </BigButton>
      )}
      <ManyChoices
        label="哪种家访方式方便？"
        hint="入户：老师到家里；视频：手机视频聊；到校：您到学校；分组：和几位家长一起"
        options={VISIT_FORMATS.map((f) => ({ value: f, label: FREE_FORMAT_LABELS[f] }))}
        values={formats}
        onToggle={(f) => setFormats(toggle(formats, f))}
        layout="grid"
      />
      <FormError message={error} />
      <View className="form-actions">
        <BigButton loading={busy} onClick={() => void save()}>
          保存
        </BigButton>
      </View>
    </View>
  )
}

export default function AvailabilityPage() {
  const state = useApi(() => visitsApi.myAvailability({}))
  return (
    <Screen title="方便家访的时间" large>
      <Loaded state={state}>{(d) => <AvailabilityForm saved={d.availability} />}</Loaded>
    </Screen>
  )
}

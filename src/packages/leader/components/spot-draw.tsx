// Drawing a new sample: the period and how many families, then one tap.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { surveysApi } from '@/client/calls/surveys'
import { BigButton } from '@/client/ui/big-button'
import { Choices, type Option } from '@/client/ui/choice'
import { FormError } from '@/client/ui/field'

const PERIODS: Option<'semester' | 'year'>[] = [
  { value: 'year', label: '本学年' },
  { value: 'semester', label: '本学期' },
]
const SIZES: Option<number>[] = [5, 10, 20].map((n) => ({ value: n, label: `${n} 户` }))

export function SpotDraw({ onDrawn }: { onDrawn: (spotCheckId: string) => void }) {
  const [period, setPeriod] = useState<'semester' | 'year'>('year')
  const [size, setSize] = useState(10)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const draw = async () => {
    setBusy(true)
    setError(null)
    const res = await surveysApi.drawSpotCheck({ period, size })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    onDrawn(res.data.spotCheckId)
  }
  return (
    <View className="card spot-draw">
      <Choices label="抽查范围" options={PERIODS} value={period} onChange={setPeriod} />
      <Choices label="抽查户数" options={SIZES} value={size} onChange={setSize} />
      <FormError message={error} />
      <BigButton loading={busy} onClick={() => void draw()}>
        随机抽取
      </BigButton>
    </View>
  )
}

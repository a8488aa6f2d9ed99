// H5: ECharts draws into a div; a tap on a bar opens the list behind it (the table offers the same).
import { View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { barAt, heightOf, optionOf } from './chart-option'
import type { ChartProps } from './chart.types'
import { echarts, type EChart } from './echarts'

const textScale = () => parseFloat(getComputedStyle(document.documentElement).fontSize || '16') / 16 || 1

export function Chart({ title, series, bars, kind, onTap }: ChartProps) {
  const box = useRef<HTMLDivElement | null>(null)
  const tap = useRef(onTap)
  tap.current = onTap
  const scale = typeof document === 'undefined' ? 1 : textScale()
  const height = heightOf(kind, bars.length, scale)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const chart: EChart = echarts.init(el, null, { height })
    chart.setOption(optionOf(kind, series, bars, scale))
    chart.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
      const i = barAt(chart, e.offsetX, e.offsetY)
      if (kind !== 'line' && i !== null && i >= 0 && i < bars.length) tap.current?.(i)
    })
    return () => chart.dispose()
  }, [series, bars, kind, scale, height])
  return (
    <View className="chart" role="img" aria-label={title}>
      <div ref={box} className="chart__canvas" style={{ height: `${height}px` }} />
    </View>
  )
}

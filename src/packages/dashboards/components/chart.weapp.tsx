// WeChat: ECharts draws on a Canvas 2D node through a small adapter (zrender takes any object with
// getContext and a size as its one canvas; events come from the Canvas's own touch handlers).
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useId, useRef } from 'react'
import { canvasAdapter, type CanvasNode } from './canvas-adapter'
import { barAt, heightOf, optionOf } from './chart-option'
import type { ChartProps } from './chart.types'
import { echarts, type EChart } from './echarts'

const textScale = () => {
  const px = Number(Taro.getSystemInfoSync().fontSizeSetting ?? 16)
  return px > 0 ? px / 16 : 1
}

export function Chart({ title, series, bars, kind, onTap }: ChartProps) {
  const id = `chart-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const chart = useRef<EChart | null>(null)
  const scale = textScale()
  const height = heightOf(kind, bars.length, scale)
  useEffect(() => {
    let gone = false
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node: CanvasNode; width: number; height: number } | null>) => {
        const found = res[0]
        if (gone || !found?.node) return
        const dpr = Taro.getSystemInfoSync().pixelRatio
        const canvas = canvasAdapter(found.node)
        echarts.setPlatformAPI({ measureText: canvas.measureText })
        const c = echarts.init(canvas as unknown as HTMLElement, null, { width: found.width, height: found.height, devicePixelRatio: dpr })
        c.setOption(optionOf(kind, series, bars, scale))
        chart.current = c
      })
    return () => {
      gone = true
      chart.current?.dispose()
      chart.current = null
    }
  }, [id, series, bars, kind, scale])
  const onTouchEnd = (e: { changedTouches: Array<{ x: number; y: number }> }) => {
    const t = e.changedTouches[0]
    const i = chart.current && t ? barAt(chart.current, t.x, t.y) : null
    if (kind !== 'line' && i !== null && i >= 0 && i < bars.length) onTap?.(i)
  }
  return (
    <View className="chart" aria-label={title}>
      <Canvas type="2d" id={id} className="chart__canvas" style={{ height: `${height}px` }} onTouchEnd={onTouchEnd as never} />
    </View>
  )
}

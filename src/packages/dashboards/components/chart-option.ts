// The ECharts options for the dashboards' bar and line charts, sized in CSS pixels for the user's text scale.
import type { ChartBar } from './chart.types'

const COLORS = ['#1677ff', '#52c41a', '#fa8c16']
const ROW = 30

/** Height the chart needs: one band per bar, more with larger text. */
export const chartHeight = (bars: number, scale: number) => Math.round((Math.max(bars, 1) * ROW + 56) * scale)

const fontAt = (scale: number) => Math.round(13 * scale)

/** What both kinds share: no animation, our colours, the type and legend sized for the text scale. */
const common = (scale: number) => ({
  animation: false,
  color: COLORS,
  textStyle: { fontSize: fontAt(scale) },
  legend: { top: 0, textStyle: { fontSize: fontAt(scale) }, itemWidth: 14 * scale, itemHeight: 10 * scale },
})

export function chartOption(series: readonly string[], bars: readonly ChartBar[], scale: number) {
  const font = fontAt(scale)
  return {
    ...common(scale),
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, textStyle: { fontSize: font } },
    grid: { left: 4, right: 36 * scale, top: 28 * scale, bottom: 4, containLabel: true },
    // Fewer ticks with larger text so the axis labels never run together.
    xAxis: { type: 'value' as const, max: 100, interval: scale > 1.2 ? 50 : 25, axisLabel: { formatter: '{value}%', fontSize: font - 1 } },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { fontSize: font, width: 88 * scale, overflow: 'truncate' as const },
    },
    series: series.map((name, i) => ({
      name,
      type: 'bar' as const,
      barMaxWidth: 12 * scale,
      // 0 % says nothing a missing bar does not: only real values are labelled.
      label: {
        show: true,
        position: 'right' as const,
        fontSize: font - 2,
        formatter: (p: { value: unknown }) => (p.value ? `${String(p.value)}%` : ''),
      },
      data: bars.map((b) => (b.values[i] === null ? null : Math.round(b.values[i]! * 1000) / 10)),
    })),
  }
}

/** The bar under a point (CSS pixels inside the chart), from the category axis. */
export function barAt(chart: { convertFromPixel: (finder: object, px: number[]) => unknown }, x: number, y: number): number | null {
  const hit = chart.convertFromPixel({ gridIndex: 0 }, [x, y]) as number[] | undefined
  const index = hit ? Math.round(hit[1]!) : NaN
  return Number.isFinite(index) ? index : null
}

const LINE_HEIGHT = 240

/** Lines of counts per point in time (the trend): later points are null, so each line stops at today. */
export function lineOption(series: readonly string[], points: readonly ChartBar[], scale: number) {
  const font = fontAt(scale)
  return {
    ...common(scale),
    tooltip: { trigger: 'axis' as const, textStyle: { fontSize: font } },
    grid: { left: 4, right: 16 * scale, top: 32 * scale, bottom: 4, containLabel: true },
    xAxis: { type: 'category' as const, data: points.map((p) => p.label), axisLabel: { fontSize: font - 2, hideOverlap: true } },
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: { fontSize: font - 1 } },
    series: series.map((name, i) => ({
      name,
      type: 'line' as const,
      symbolSize: 6 * scale,
      // The last series (应访) is the target: dashed, no points.
      ...(i === series.length - 1 && i > 0 ? { showSymbol: false, lineStyle: { type: 'dashed' as const } } : {}),
      data: points.map((p) => p.values[i] ?? null),
    })),
  }
}

/** The option and height for either kind. */
export const optionOf = (kind: 'bar' | 'line' | undefined, series: readonly string[], bars: readonly ChartBar[], scale: number) =>
  kind === 'line' ? lineOption(series, bars, scale) : chartOption(series, bars, scale)
export const heightOf = (kind: 'bar' | 'line' | undefined, bars: number, scale: number) =>
  kind === 'line' ? Math.round(LINE_HEIGHT * scale) : chartHeight(bars, scale)

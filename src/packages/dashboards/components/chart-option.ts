// The ECharts option for the dashboards' bar charts, sized in CSS pixels for the user's text scale.
import type { ChartBar } from './chart.types'

const COLORS = ['#1677ff', '#52c41a', '#fa8c16']
const ROW = 30

/** Height the chart needs: one band per bar, more with larger text. */
export const chartHeight = (bars: number, scale: number) => Math.round((Math.max(bars, 1) * ROW + 56) * scale)

export function chartOption(series: readonly string[], bars: readonly ChartBar[], scale: number) {
  const font = Math.round(13 * scale)
  return {
    animation: false,
    color: COLORS,
    textStyle: { fontSize: font },
    legend: { top: 0, textStyle: { fontSize: font }, itemWidth: 14 * scale, itemHeight: 10 * scale },
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

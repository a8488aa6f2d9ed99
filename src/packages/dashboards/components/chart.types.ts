// One chart, both platforms: horizontal bars (labels stay readable at large text), one per row; or lines.
export type ChartBar = { label: string; values: Array<number | null> }
export type ChartProps = {
  /** Names the chart for screen readers; the table beside it carries the numbers. */
  title: string
  series: readonly string[]
  bars: readonly ChartBar[]
  /** Bars of percentages (default), or lines of counts over time (bars are then the points). */
  kind?: 'bar' | 'line'
  /** A tapped bar: its index in `bars`. */
  onTap?: (index: number) => void
}

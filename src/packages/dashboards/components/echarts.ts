// ECharts trimmed to what the dashboards draw: bars and lines, a grid, tooltips, a legend, on canvas.
// Imported only from this subpackage, so echarts never reaches the main package.
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer])

export { echarts }
export type EChart = ReturnType<typeof echarts.init>

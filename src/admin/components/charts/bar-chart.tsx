import { Text } from "@medusajs/ui"
import { Bar } from "react-chartjs-2"
import { useFormatters } from "../../lib/format"
import { SERIES_COLORS, type ValueFormat } from "./setup"

export type BarRow = { label: string; value: number | null }

type Props = {
  /** Names the chart for screen readers and tests (`data-testid="chart-<id>"`). */
  id: string
  title: string
  rows: BarRow[]
  format?: ValueFormat
  /** Horizontal bars read better for long labels (pages, banks); vertical for histograms. */
  horizontal?: boolean
  height?: number
}

/** Bars per category or bucket (a distribution, a ranking), with the same hidden data table as
 * the time-series chart for screen readers and tests. */
export const BarChart = ({ id, title, rows, format = "integer", horizontal = false, height = 240 }: Props) => {
  const formatters = useFormatters()
  const formatValue = formatters[format]
  // Counts get whole-number ticks: small counts otherwise read "0, 0, 1, 1, 2".
  const valueAxis = { beginAtZero: true, ticks: { precision: format === "integer" ? 0 : undefined, callback: (value: string | number) => formatValue(Number(value)) } }
  return (
    <figure className="flex flex-col gap-2" data-testid={`chart-${id}`}>
      <figcaption>
        <Text size="small" weight="plus">
          {title}
        </Text>
      </figcaption>
      <div style={{ height }} aria-hidden="true">
        <Bar
          data={{
            labels: rows.map((row) => row.label),
            datasets: [{ label: title, data: rows.map((row) => row.value), backgroundColor: SERIES_COLORS[0], borderRadius: 3 }],
          }}
          options={{
            indexAxis: horizontal ? "y" : "x",
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: {
              legend: { display: false },
              tooltip: { callbacks: { label: (item) => formatValue(horizontal ? item.parsed.x : item.parsed.y) } },
            },
            scales: horizontal ? { x: valueAxis, y: { grid: { display: false } } } : { x: { grid: { display: false } }, y: valueAxis },
          }}
        />
      </div>
      <table className="sr-only" data-testid={`chart-${id}-data`}>
        <caption>{title}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td data-value={row.value ?? ""}>{formatValue(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

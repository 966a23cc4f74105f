import { Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Line } from "react-chartjs-2"
import type { Interval } from "../../lib/date-range"
import { useFormatters } from "../../lib/format"
import { COMPARISON_COLOR, SERIES_COLORS, type ValueFormat } from "./setup"

export type TimeSeriesPoint = { /** The bucket's start, ISO ("2026-12-01", or an hour in the report time zone "2026-12-01T13:00"). */ bucket: string; value: number | null }

export type TimeSeries = {
  key: string
  label: string
  points: TimeSeriesPoint[]
  /** Drawn dashed and grey, matched to the current series by position (bucket 1 with bucket 1). */
  comparison?: boolean
}

type Props = {
  /** Names the chart for screen readers and tests (`data-testid="chart-<id>"`). */
  id: string
  title: string
  series: TimeSeries[]
  interval: Interval
  format?: ValueFormat
  height?: number
}

/**
 * A line chart over time (chart.js on a canvas). Beside the canvas, the same figures are in a
 * visually hidden table: screen readers read it, and the browser tests check the chart's data
 * through it.
 */
export const TimeSeriesChart = ({ id, title, series, interval, format = "integer", height = 240 }: Props) => {
  const formatters = useFormatters()
  const formatValue = formatters[format]
  const bucketLabel = useMemo(() => {
    const hour = new Intl.DateTimeFormat(formatters.locale, { hour: "2-digit", minute: "2-digit", day: "2-digit", month: "short", timeZone: "UTC" })
    const day = new Intl.DateTimeFormat(formatters.locale, { day: "2-digit", month: "short", timeZone: "UTC" })
    return (bucket: string) => {
      // Read as UTC and printed in UTC: the label's wall clock is shown as written, whatever the browser's zone.
      const date = new Date(bucket.length === 10 ? `${bucket}T00:00:00Z` : `${bucket.slice(0, 16)}:00Z`)
      return interval === "hour" ? hour.format(date) : day.format(date)
    }
  }, [formatters.locale, interval])

  const current = series.find((entry) => !entry.comparison) ?? series[0]
  const labels = (current?.points ?? []).map((point) => bucketLabel(point.bucket))
  let colorIndex = 0
  const data = {
    labels,
    datasets: series.map((entry) => {
      const color = entry.comparison ? COMPARISON_COLOR : SERIES_COLORS[colorIndex++ % SERIES_COLORS.length]
      return {
        label: entry.label,
        data: entry.points.map((point) => point.value),
        borderColor: color,
        backgroundColor: color,
        borderDash: entry.comparison ? [6, 4] : undefined,
        borderWidth: 2,
        pointRadius: labels.length > 60 ? 0 : 2,
        tension: 0.25,
        spanGaps: true,
      }
    }),
  }

  return (
    <figure className="flex flex-col gap-2" data-testid={`chart-${id}`}>
      <figcaption>
        <Text size="small" weight="plus">
          {title}
        </Text>
      </figcaption>
      <div style={{ height }} aria-hidden="true">
        <Line
          data={data}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: "index", intersect: false },
            plugins: {
              legend: { display: series.length > 1, position: "bottom", labels: { boxWidth: 12 } },
              tooltip: {
                callbacks: {
                  title: (items) => {
                    const index = items[0]?.dataIndex ?? 0
                    return labels[index] ?? ""
                  },
                  label: (item) => {
                    const entry = series[item.datasetIndex]
                    const point = entry?.points[item.dataIndex]
                    const when = entry?.comparison && point ? ` (${bucketLabel(point.bucket)})` : ""
                    return `${entry?.label ?? ""}${when}: ${formatValue(item.parsed.y)}`
                  },
                },
              },
            },
            scales: {
              x: { grid: { display: false }, ticks: { maxTicksLimit: 10, autoSkip: true } },
              // Counts get whole-number ticks: small counts otherwise read "0, 0, 1, 1, 2".
              y: { beginAtZero: true, ticks: { precision: format === "integer" ? 0 : undefined, callback: (value) => formatValue(Number(value)) } },
            },
          }}
        />
      </div>
      <table className="sr-only" data-testid={`chart-${id}-data`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {series.map((entry) => (
              <th scope="col" key={entry.key}>
                {entry.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(current?.points ?? []).map((point, index) => (
            <tr key={point.bucket} data-bucket={point.bucket}>
              <th scope="row">{bucketLabel(point.bucket)}</th>
              {series.map((entry) => (
                <td key={entry.key} data-value={entry.points[index]?.value ?? ""}>
                  {formatValue(entry.points[index]?.value ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { changeRatio } from "../lib/date-range"
import { useFormatters } from "../lib/format"
import type { ValueFormat } from "./charts/setup"

type Props = {
  id: string
  label: string
  value: number | null | undefined
  /** The same figure over the comparison period; the tile shows the change when given. */
  previous?: number | null
  format?: ValueFormat
  /** For figures where less is better (bounce rate, latency, cost): a fall is shown green. */
  lowerIsBetter?: boolean
}

/** One headline figure with its change against the comparison period. */
export const StatTile = ({ id, label, value, previous, format = "integer", lowerIsBetter = false }: Props) => {
  const { t } = useTranslation("solar360")
  const formatters = useFormatters()
  const change = changeRatio(value, previous)
  const good = change === null || change === 0 ? null : change > 0 !== lowerIsBetter
  return (
    <div className="flex min-w-[150px] flex-1 flex-col gap-1 px-6 py-4" data-testid={`stat-${id}`}>
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus" data-testid={`stat-${id}-value`}>
        {formatters[format](value ?? null)}
      </Text>
      {previous !== undefined ? (
        <Text
          size="xsmall"
          className={good === null ? "text-ui-fg-muted" : good ? "text-ui-tag-green-text" : "text-ui-tag-red-text"}
          data-testid={`stat-${id}-change`}
        >
          {change === null
            ? t("dateRange.noComparison")
            : t("dateRange.change", { change: `${change > 0 ? "+" : ""}${formatters.percent(change)}`, previous: formatters[format](previous) })}
        </Text>
      ) : null}
    </div>
  )
}

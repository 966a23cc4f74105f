import { Label, Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { FUNNEL_BREAKDOWNS } from "../../../lib/analytics/funnel"
import { useAnalyticsFunnel, type AnalyticsFunnel, type AnalyticsFunnelStep } from "../../hooks/analytics"
import { useFormatters } from "../../lib/format"
import { BarChart } from "../charts/bar-chart"
import { QueryState } from "../query-state"
import { StaticTable } from "../static-table"

/**
 * Conversion windows offered. Sessions are per report day (docs/analytics.md), so a window of
 * a day or more cuts nothing: the choices stay under a day (the route takes 1 minute..90 days).
 */
const WINDOWS = ["none", "10m", "30m", "1h", "2h", "6h"] as const
const NONE = "none"
// Kept in the URL with the page's range and filters.
const WINDOW_PARAM = "funnel_window"
const BREAKDOWN_PARAM = "funnel_breakdown"

/**
 * The analytics page's session funnel (issue 16): the steps, a conversion window and a
 * breakdown by a session property (table of conversion per key, and a bar chart of it).
 */
export const FunnelSection = ({ range, steps }: { range: { from: string; to: string }; steps: string }) => {
  const { t } = useTranslation("solar360")
  const [params, setParams] = useSearchParams()
  const conversionWindow = params.get(WINDOW_PARAM) ?? NONE
  const breakdown = params.get(BREAKDOWN_PARAM) ?? NONE
  const funnel = useAnalyticsFunnel({
    ...range,
    steps,
    window: conversionWindow === NONE ? undefined : conversionWindow,
    breakdown: breakdown === NONE ? undefined : breakdown,
  })
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === NONE) {
          next.delete(name)
        } else {
          next.set(name, value)
        }
        return next
      },
      { replace: true }
    )
  return (
    <div className="flex flex-col gap-3 py-4" data-testid="analytics-funnel">
      <div className="flex flex-wrap items-end gap-3 px-6">
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor="solar360-funnel-window">
            {t("analyticsFunnel.window")}
          </Label>
          <Select value={conversionWindow} onValueChange={(value) => setParam(WINDOW_PARAM, value)}>
            <Select.Trigger id="solar360-funnel-window" className="w-[160px]" aria-label={t("analyticsFunnel.window")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {WINDOWS.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`analyticsFunnel.windows.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor="solar360-funnel-breakdown">
            {t("analyticsFunnel.breakdown")}
          </Label>
          <Select value={breakdown} onValueChange={(value) => setParam(BREAKDOWN_PARAM, value)}>
            <Select.Trigger id="solar360-funnel-breakdown" className="w-[180px]" aria-label={t("analyticsFunnel.breakdown")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>{t("analyticsFunnel.noBreakdown")}</Select.Item>
              {FUNNEL_BREAKDOWNS.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`analytics.filterNames.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <QueryState isLoading={funnel.isLoading} error={funnel.error} onRetry={() => funnel.refetch()}>
        {funnel.data && <FunnelTables funnel={funnel.data} conversionWindow={conversionWindow} />}
      </QueryState>
    </div>
  )
}

type BreakdownRow = NonNullable<AnalyticsFunnel["breakdown"]>[number]

const FunnelTables = ({ funnel, conversionWindow }: { funnel: AnalyticsFunnel; conversionWindow: string }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const dimension = funnel.breakdown_by ? t(`analytics.filterNames.${funnel.breakdown_by}`) : ""
  const keyLabel = (row: BreakdownRow) =>
    row.other
      ? t("analyticsFunnel.other")
      : row.key === null
        ? t("analyticsFunnel.none")
        : funnel.breakdown_by === "channel"
          ? t(`analytics.channels.${row.key}`, { defaultValue: row.key })
          : row.key
  return (
    <>
      <div data-testid="funnel-steps">
        <Text weight="plus" size="small" className="px-6 pb-2" data-testid="funnel-overall">
          {t("analytics.funnel", { rate: format.percent(funnel.overall_conversion) })}
        </Text>
        {funnel.window_minutes ? (
          <Text size="small" className="text-ui-fg-subtle px-6 pb-2" data-testid="funnel-window-note">
            {t("analyticsFunnel.windowNote", { window: t(`analyticsFunnel.windows.${conversionWindow}`, { defaultValue: conversionWindow }) })}
          </Text>
        ) : null}
        <StaticTable<AnalyticsFunnelStep>
          rows={funnel.steps}
          rowId={(row) => String(row.step)}
          columns={[
            { id: "step", header: t("analytics.step"), cell: (row) => `${row.step}. ${row.name}` },
            { id: "sessions", header: t("analytics.sessions"), cell: (row) => format.integer(row.sessions), align: "right" },
            { id: "previous", header: t("analytics.fromPrevious"), cell: (row) => format.percent(row.conversion_from_previous), align: "right" },
            { id: "start", header: t("analytics.fromStart"), cell: (row) => format.percent(row.conversion_from_start), align: "right" },
          ]}
        />
      </div>
      {funnel.breakdown && (
        <div className="flex flex-col gap-3" data-testid="funnel-breakdown">
          <Text weight="plus" size="small" className="px-6">
            {t("analyticsFunnel.byKey", { dimension })}
          </Text>
          <StaticTable<BreakdownRow>
            rows={funnel.breakdown}
            rowId={(row) => (row.other ? "\u0000other" : (row.key ?? "\u0000none"))}
            emptyText={t("analytics.noData")}
            columns={[
              { id: "key", header: t("analyticsFunnel.key"), cell: keyLabel },
              { id: "started", header: t("analyticsFunnel.started"), cell: (row) => format.integer(row.steps[0].sessions), align: "right" },
              ...funnel.steps.slice(1).map((step, index) => ({
                id: `step-${step.step}`,
                header: `${step.step}. ${step.name}`,
                cell: (row: BreakdownRow) => format.integer(row.steps[index + 1].sessions),
                align: "right" as const,
              })),
              {
                id: "conversion",
                header: t("analyticsFunnel.conversion"),
                cell: (row) => format.percent(row.overall_conversion),
                align: "right",
              },
            ]}
          />
          {funnel.breakdown.length > 0 && (
            <div className="px-6">
              <BarChart
                id="funnel-breakdown"
                title={t("analyticsFunnel.conversionChart", { dimension })}
                format="percent"
                horizontal
                height={Math.max(160, 28 * funnel.breakdown.length)}
                rows={funnel.breakdown.map((row) => ({ label: keyLabel(row), value: row.overall_conversion }))}
              />
            </div>
          )}
        </div>
      )}
    </>
  )
}

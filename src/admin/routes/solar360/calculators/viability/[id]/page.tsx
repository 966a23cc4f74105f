import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { BarChart } from "../../../../../components/charts/bar-chart"
import { QueryState } from "../../../../../components/query-state"
import { StaticTable } from "../../../../../components/static-table"
import { useViabilityAnalysis, type ViabilityAnalysis } from "../../../../../hooks/calculators"
import { useFormatters } from "../../../../../lib/format"

type CashFlowYear = { year: number; net_cash_flow_brl: number; cumulative_cash_flow_brl: number }
type Risk = { type?: string; severity?: string; description?: string; mitigation?: string }

/** Every scalar of the assumptions, flattened to "a.b.c" keys (objects are nested parameters). */
function flatten(value: unknown, prefix = ""): Array<[string, string]> {
  if (value === null || value === undefined) {
    return prefix ? [[prefix, "–"]] : []
  }
  if (Array.isArray(value)) {
    return [[prefix, value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join(", ")]]
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
  }
  return [[prefix, String(value)]]
}

/** One viability analysis: figures, the 25-year cash flow, scores, risks and assumptions. */
const ViabilityAnalysisPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const { id = "" } = useParams()
  const query = useViabilityAnalysis(id)
  const analysis = query.data?.solar_viability_analysis as ViabilityAnalysis | undefined
  const cashFlow = (analysis?.cash_flow ?? []) as CashFlowYear[]
  const risks = (analysis?.risks ?? []) as Risk[]
  const percent = (value: unknown) => (value === null || value === undefined ? "–" : fmt.percent(Number(value) / 100))

  return (
    <Container className="divide-y p-0">
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => query.refetch()}>
        {analysis && (
          <>
            <div className="px-6 py-4">
              <Heading level="h1">{t("calculators.analysis.title", { id: analysis.id })}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {fmt.dateTime(analysis.created_at)} · {[analysis.city, analysis.state].filter(Boolean).join(" / ") || "–"}
              </Text>
            </div>
            <div className="flex flex-wrap gap-x-8 gap-y-2 px-6 py-4 text-sm" data-testid="viability-figures">
              {(
                [
                  [t("calculators.analysis.systemSize"), fmt.decimal(analysis.system_size_kwp)],
                  [t("calculators.analysis.panels"), fmt.integer(analysis.panel_count)],
                  [t("calculators.analysis.investment"), fmt.currency(analysis.total_investment)],
                  [t("calculators.analysis.annualSavings"), fmt.currency(analysis.annual_savings_brl)],
                  [t("calculators.analysis.paybackYears"), fmt.decimal(analysis.payback_years)],
                  [t("calculators.analysis.roi"), percent(analysis.roi_25_years_percentage)],
                  [t("calculators.analysis.irr"), percent(analysis.irr_percentage)],
                  [t("calculators.analysis.npv"), fmt.currency(analysis.npv_brl)],
                ] as Array<[string, string]>
              ).map(([label, value]) => (
                <div key={label}>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {label}
                  </Text>
                  <Text weight="plus">{value}</Text>
                </div>
              ))}
            </div>
            <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2">
              <BarChart
                id="viability-cash-flow"
                title={t("calculators.analysis.cashFlow")}
                format="currency"
                rows={cashFlow.map((row) => ({ label: t("calculators.analysis.year", { year: row.year }), value: row.cumulative_cash_flow_brl }))}
              />
              <BarChart
                id="viability-net-cash-flow"
                title={t("calculators.analysis.netCashFlow")}
                format="currency"
                rows={cashFlow.map((row) => ({ label: t("calculators.analysis.year", { year: row.year }), value: row.net_cash_flow_brl }))}
              />
            </div>
            <div className="flex flex-wrap">
              <div className="min-w-[280px] flex-1 py-4">
                <Text weight="plus" size="small" className="px-6 pb-2">
                  {t("calculators.analysis.scores")}
                </Text>
                <StaticTable<[string, unknown]>
                  rows={[
                    [t("calculators.analysis.viability"), analysis.viability_score],
                    [t("calculators.analysis.irradiation"), analysis.irradiation_score],
                    [t("calculators.analysis.roofQuality"), analysis.roof_quality_score],
                    [t("calculators.analysis.economic"), analysis.economic_score],
                    [t("calculators.analysis.paybackScore"), analysis.payback_score],
                    [t("calculators.analysis.consumption"), analysis.consumption_profile_score],
                  ]}
                  rowId={(row) => row[0]}
                  columns={[
                    { id: "name", header: t("calculators.analysis.parameter"), cell: (row) => row[0] },
                    { id: "value", header: t("calculators.analysis.value"), align: "right", cell: (row) => fmt.integer(row[1] as number) },
                  ]}
                />
              </div>
              <div className="min-w-[280px] flex-1 px-6 py-4" data-testid="viability-risks">
                <Text weight="plus" size="small" className="pb-2">
                  {t("calculators.analysis.risks")}
                </Text>
                {risks.length ? (
                  <ul className="list-disc pl-4 text-sm">
                    {risks.map((risk, index) => (
                      <li key={index}>
                        <strong>{risk.severity ?? ""}</strong> {risk.description ?? risk.type}
                        {risk.mitigation ? ` (${risk.mitigation})` : ""}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("calculators.analysis.noRisks")}
                  </Text>
                )}
              </div>
            </div>
            <div className="py-4">
              <Text weight="plus" size="small" className="px-6 pb-2">
                {t("calculators.analysis.assumptions")}
              </Text>
              <StaticTable<[string, string]>
                rows={flatten(analysis.assumptions).slice(0, 200)}
                rowId={(row) => row[0]}
                emptyText={t("calculators.noData")}
                columns={[
                  { id: "name", header: t("calculators.analysis.parameter"), cell: (row) => <code className="text-xs">{row[0]}</code> },
                  { id: "value", header: t("calculators.analysis.value"), cell: (row) => <span className="break-all">{row[1]}</span> },
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
    </Container>
  )
}

export default ViabilityAnalysisPage

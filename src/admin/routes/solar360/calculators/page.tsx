import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { BarChart } from "../../../components/charts/bar-chart"
import { DateRangePicker } from "../../../components/date-range-picker"
import { QueryState } from "../../../components/query-state"
import { StatTile } from "../../../components/stat-tile"
import { StaticTable } from "../../../components/static-table"
import { useFinancingFunnel, type FinancingFunnel } from "../../../hooks/calculators"
import { useDateRange } from "../../../hooks/use-date-range"
import { useFormatters } from "../../../lib/format"

type Steps = FinancingFunnel["steps"]

/** One row per term or bank: the count at each step and simulated → ordered. */
const BreakdownTable = ({ id, title, header, rows }: { id: string; title: string; header: string; rows: Array<{ label: string; steps: Steps }> }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  return (
    <div className="py-4" data-testid={`calculators-${id}`}>
      <Text weight="plus" size="small" className="px-6 pb-2">
        {title}
      </Text>
      <StaticTable<{ label: string; steps: Steps }>
        rows={rows}
        rowId={(row) => row.label}
        emptyText={t("calculators.noData")}
        columns={[
          { id: "label", header, cell: (row) => row.label },
          ...(["simulated", "accepted", "credit_analysis", "approved", "ordered"] as const).map((step, index) => ({
            id: step,
            header: t(`calculators.steps.${step}`),
            align: "right" as const,
            cell: (row: { steps: Steps }) => format.integer(row.steps[index].count),
          })),
          { id: "conversion", header: t("calculators.conversion"), align: "right", cell: (row) => format.percent(row.steps[4].rate_from_start) },
          { id: "value", header: t("calculators.valueSimulated"), align: "right", cell: (row) => format.currency(row.steps[0].value) },
        ]}
      />
    </div>
  )
}

/** The financing funnel of a date range, by term and by bank. */
const CalculatorsPage = () => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const dates = useDateRange("30d")
  const funnel = useFinancingFunnel(dates.range)
  const data = funnel.data

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("calculators.funnelTitle")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {t("calculators.funnelSubtitle")}
          </Text>
        </div>
        <div className="flex gap-4 text-sm">
          <Link className="text-ui-fg-interactive" to="/solar360/calculators/simulations">
            {t("calculators.links.simulations")}
          </Link>
          <Link className="text-ui-fg-interactive" to="/solar360/calculators/viability">
            {t("calculators.links.viability")}
          </Link>
          <Link className="text-ui-fg-interactive" to="/solar360/caches">
            {t("calculators.links.caches")}
          </Link>
        </div>
      </div>
      <div className="px-6 py-4">
        <DateRangePicker state={dates} withComparison={false} />
      </div>
      <QueryState isLoading={funnel.isLoading} error={funnel.error} onRetry={() => funnel.refetch()}>
        {data && (
          <>
            <div className="flex flex-wrap">
              {data.steps.map((step) => (
                <div key={step.step} className="flex min-w-[150px] flex-1 flex-col">
                  <StatTile id={`funnel-${step.step}`} label={t(`calculators.steps.${step.step}`)} value={step.count} />
                  <Text size="xsmall" className="px-6 pb-3 text-ui-fg-subtle">
                    {t("calculators.stepValue", { value: format.currency(step.value) })} · {format.percent(step.rate_from_previous)}
                  </Text>
                </div>
              ))}
            </div>
            <div className="px-6 py-4">
              <BarChart
                id="financing-funnel"
                title={t("calculators.funnelChart")}
                rows={data.steps.map((step) => ({ label: t(`calculators.steps.${step.step}`), value: step.count }))}
                horizontal
              />
            </div>
            <div className="divide-y">
              <BreakdownTable
                id="by-term"
                title={t("calculators.byTerm")}
                header={t("calculators.term")}
                rows={data.by_term.map((row) => ({ label: t("calculators.termMonths", { count: row.term_months }), steps: row.steps }))}
              />
              <BreakdownTable
                id="by-bank"
                title={t("calculators.byBank")}
                header={t("calculators.bank")}
                rows={data.by_bank.map((row) => ({ label: row.bank ?? t("calculators.noBank"), steps: row.steps }))}
              />
            </div>
          </>
        )}
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "calculators.title",
  translationNs: "solar360",
})

export default CalculatorsPage

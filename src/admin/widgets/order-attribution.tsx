import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../components/query-state"
import { useOrderAttribution, type OrderAttribution } from "../hooks/order-attribution"
import { useFormatters } from "../lib/format"

type Touch = NonNullable<OrderAttribution["first_touch"]>
type Row = Record<string, unknown>

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-0.5 px-6 py-2">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** "google / cpc · verao" from a touch; null for a touch without any campaign data. */
function campaignOf(touch: Touch | null): string | null {
  if (!touch) {
    return null
  }
  const source = [touch.utm_source, touch.utm_medium].filter(Boolean).join(" / ")
  const parts = [source, touch.utm_campaign].filter(Boolean)
  if (parts.length) {
    return parts.join(" · ")
  }
  return touch.referrer ?? touch.landing_page ?? null
}

/** Order detail (side column): what brought the order. */
const OrderAttributionWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const attribution = useOrderAttribution(order.id)
  const body = attribution.data

  const duration = (seconds: number | null) => {
    if (seconds === null) {
      return "–"
    }
    const days = Math.floor(seconds / 86_400)
    const hours = Math.floor((seconds % 86_400) / 3_600)
    const minutes = Math.floor((seconds % 3_600) / 60)
    return days > 0 ? t("widgets.order.duration", { days, hours }) : t("widgets.order.durationHours", { hours, minutes })
  }
  const touchText = (touch: Touch | null) => {
    const campaign = campaignOf(touch)
    return campaign ? `${campaign}${touch?.at ? ` (${format.date(touch.at)})` : ""}` : t("widgets.order.direct")
  }
  const isEmpty =
    !!body &&
    !body.touch_source &&
    !body.leads.length &&
    !body.conversation &&
    !body.simulation &&
    !body.viability_analysis &&
    !body.roof_analysis

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("widgets.order.title")}</Heading>
      </div>
      <QueryState
        isLoading={attribution.isLoading}
        error={attribution.error}
        onRetry={() => attribution.refetch()}
        isEmpty={isEmpty}
        emptyText={t("widgets.order.empty")}
      >
        {body && (
          <div className="py-2">
            <Field label={t("widgets.order.firstTouch")}>{touchText(body.first_touch)}</Field>
            <Field label={t("widgets.order.lastTouch")}>{touchText(body.last_touch)}</Field>
            {body.touch_source && (
              <Text size="xsmall" className="px-6 text-ui-fg-muted">
                {body.touch_source === "lead" ? t("widgets.order.fromLeads") : t("widgets.order.fromEvents")}
              </Text>
            )}
            <Field label={t("widgets.order.timeToConversion")}>{duration(body.time_to_conversion_seconds)}</Field>
            <Field label={t("widgets.order.leads")}>
              {body.leads.length
                ? body.leads.map((lead: Row) => `${lead.name ?? lead.email ?? lead.id} (${lead.status})`).join(", ")
                : t("widgets.order.none")}
            </Field>
            <Field label={t("widgets.order.conversation")}>
              {body.conversation
                ? `${body.conversation.title ?? body.conversation.id} · ${format.date(body.conversation.started_at as string)}`
                : t("widgets.order.none")}
            </Field>
            <Field label={t("widgets.order.simulation")}>
              {body.simulation
                ? `${body.simulation.bank ?? ""} ${t("widgets.order.simulationDetail", {
                    payment: format.currency(body.simulation.monthly_payment as number),
                    months: body.simulation.term_months,
                  })}`.trim()
                : t("widgets.order.none")}
            </Field>
            <Field label={t("widgets.order.viability")}>
              {body.viability_analysis
                ? t("widgets.order.viabilityDetail", {
                    kwp: format.decimal(body.viability_analysis.system_size_kwp as number),
                    score: format.integer(body.viability_analysis.viability_score as number),
                  })
                : t("widgets.order.none")}
            </Field>
            <Field label={t("widgets.order.roof")}>
              {body.roof_analysis
                ? `${body.roof_analysis.city ?? ""} ${format.decimal(body.roof_analysis.usable_area_m2 as number)} m²`.trim()
                : t("widgets.order.none")}
            </Field>
          </div>
        )}
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderAttributionWidget

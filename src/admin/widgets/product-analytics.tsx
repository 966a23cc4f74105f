import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../components/query-state"
import { StaticTable } from "../components/static-table"
import { PRODUCT_ANALYTICS_PERIODS, useProductAnalytics, type ProductAnalytics } from "../hooks/product-analytics"
import { useFormatters } from "../lib/format"

/** Product detail: views, cart and purchase conversion, searches and co-viewed products for a period. */
const ProductAnalyticsWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const [days, setDays] = useState<number>(30)
  const analytics = useProductAnalytics(product.id, days)
  const body = analytics.data
  const isEmpty = !!body && body.views === 0 && body.events.length === 0 && body.searches.length === 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("widgets.product.title")}</Heading>
          {body && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("widgets.product.range", { from: format.date(`${body.range.from}T12:00:00Z`), to: format.date(`${body.range.to}T12:00:00Z`) })}
            </Text>
          )}
        </div>
        <div className="w-44" aria-label={t("widgets.product.period")}>
          <Select size="small" value={String(days)} onValueChange={(value) => setDays(Number(value))}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PRODUCT_ANALYTICS_PERIODS.map((period) => (
                <Select.Item key={period} value={String(period)}>
                  {t("widgets.product.lastDays", { count: period })}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <QueryState
        isLoading={analytics.isLoading}
        error={analytics.error}
        onRetry={() => analytics.refetch()}
        isEmpty={isEmpty}
        emptyText={t("widgets.product.noData")}
      >
        {body && <Figures body={body} />}
      </QueryState>
    </Container>
  )
}

const Figures = ({ body }: { body: ProductAnalytics }) => {
  const { t } = useTranslation("solar360")
  const format = useFormatters()
  const cards: Array<[string, string, string | null]> = [
    [t("widgets.product.views"), format.integer(body.views), null],
    [t("widgets.product.addToCart"), format.integer(body.add_to_cart), t("widgets.product.ofViews", { rate: format.percent(body.cart_rate) })],
    [t("widgets.product.purchases"), format.integer(body.purchases), t("widgets.product.ofViews", { rate: format.percent(body.purchase_rate) })],
  ]
  return (
    <>
      <div className="grid grid-cols-3 gap-4 px-6 py-4">
        {cards.map(([label, value, hint]) => (
          <div key={label}>
            <Text size="small" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Heading level="h2">{value}</Heading>
            {hint && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {hint}
              </Text>
            )}
          </div>
        ))}
      </div>
      <div className="flex flex-col divide-y">
        <div>
          <Text weight="plus" size="small" className="px-6 pt-4">
            {t("widgets.product.events")}
          </Text>
          <StaticTable
            rows={body.events}
            rowId={(row) => row.event_name}
            columns={[
              { id: "event", header: t("widgets.product.eventName"), cell: (row) => row.event_name },
              { id: "count", header: t("widgets.product.count"), cell: (row) => format.integer(row.count), align: "right" },
            ]}
          />
        </div>
        <div>
          <Text weight="plus" size="small" className="px-6 pt-4">
            {t("widgets.product.searches")}
          </Text>
          <StaticTable
            rows={body.searches}
            rowId={(row) => row.term}
            columns={[
              { id: "term", header: t("widgets.product.term"), cell: (row) => row.term },
              { id: "count", header: t("widgets.product.count"), cell: (row) => format.integer(row.count), align: "right" },
            ]}
          />
        </div>
        <div>
          <Text weight="plus" size="small" className="px-6 pt-4">
            {t("widgets.product.coViewed")}
          </Text>
          <StaticTable
            rows={body.co_viewed}
            rowId={(row) => row.product_id}
            columns={[
              { id: "product", header: t("widgets.product.product"), cell: (row) => row.product_name ?? row.product_id },
              { id: "sessions", header: t("widgets.product.sessions"), cell: (row) => format.integer(row.sessions), align: "right" },
            ]}
          />
        </div>
      </div>
    </>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductAnalyticsWidget

import { Container, Heading, Text, createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { BarChart } from "../../../../components/charts/bar-chart"
import { TimeSeriesChart } from "../../../../components/charts/time-series-chart"
import { DateRangePicker } from "../../../../components/date-range-picker"
import { ListTable } from "../../../../components/list-table"
import { QueryState } from "../../../../components/query-state"
import { StatTile } from "../../../../components/stat-tile"
import {
  CART_REPORT_MAX_DAYS,
  useAbandonedCarts,
  useCartAbandonment,
  type AbandonedCart,
} from "../../../../hooks/cart-abandonment"
import { useDateRange } from "../../../../hooks/use-date-range"
import { addDays, daysInRange } from "../../../../lib/date-range"
import { useFormatters } from "../../../../lib/format"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<AbandonedCart>()

/**
 * Cart abandonment (issue 16): of the carts created in a range, how many were completed and
 * how many were left (and what they were worth), per day, the products left behind, and the
 * abandoned carts with what the storefront's events say of each.
 */
const CartAbandonmentPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const dates = useDateRange("30d")
  // The routes read every cart of the range: a longer preset (12 months) shows its last 92 days.
  const capped = daysInRange(dates.range) > CART_REPORT_MAX_DAYS
  const range = capped ? { from: addDays(dates.range.to, -(CART_REPORT_MAX_DAYS - 1)), to: dates.range.to } : dates.range
  // A page number belongs to its range: another range starts on the first page.
  const rangeKey = `${range.from}/${range.to}`
  const [paging, setPaging] = useState({ rangeKey, page: 0 })
  const page = paging.rangeKey === rangeKey ? paging.page : 0
  const report = useCartAbandonment(range)
  const list = useAbandonedCarts({ ...range, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
  const data = report.data

  const columns = useMemo(
    () => [
      column.accessor("last_activity_at", { header: t("carts.columns.lastActivity"), cell: ({ getValue }) => fmt.dateTime(getValue()) }),
      column.accessor("created_at", { header: t("carts.columns.created"), cell: ({ getValue }) => fmt.dateTime(getValue()) }),
      column.accessor("email", { header: t("carts.columns.email"), cell: ({ getValue }) => getValue() ?? t("carts.guest") }),
      column.accessor("quantity", { header: t("carts.columns.items"), cell: ({ getValue }) => fmt.integer(getValue()) }),
      column.accessor("value", { header: t("carts.columns.value"), cell: ({ getValue }) => fmt.currency(getValue()) }),
      column.accessor("channel", {
        header: t("carts.columns.channel"),
        cell: ({ getValue }) => {
          const channel = getValue()
          return channel ? t(`analytics.channels.${channel}`, { defaultValue: channel }) : t("carts.none")
        },
      }),
      column.accessor("utm_campaign", { header: t("carts.columns.campaign"), cell: ({ getValue }) => getValue() ?? t("carts.none") }),
      column.accessor("last_step", { header: t("carts.columns.lastStep"), cell: ({ getValue }) => getValue() ?? t("carts.none") }),
    ],
    [t, fmt]
  )
  const table = useDataTable({
    data: list.data?.carts ?? [],
    columns,
    getRowId: (row) => row.id,
    rowCount: list.data?.count ?? 0,
    isLoading: list.isLoading,
    pagination: { state: { pageIndex: page, pageSize: PAGE_SIZE }, onPaginationChange: (next) => setPaging({ rangeKey, page: next.pageIndex }) },
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Text size="small">
            <Link to="/solar360/analytics" className="text-ui-fg-interactive" data-testid="carts-back">
              {t("carts.backToAnalytics")}
            </Link>
          </Text>
          <Heading level="h1">{t("carts.title")}</Heading>
          {data && (
            <Text className="text-ui-fg-subtle" size="small">
              {t("carts.subtitle", {
                from: fmt.date(`${data.range.from}T12:00:00Z`),
                to: fmt.date(`${data.range.to}T12:00:00Z`),
                timeZone: data.range.time_zone,
                hours: data.window_hours,
              })}
            </Text>
          )}
        </div>
        <DateRangePicker state={dates} withComparison={false} />
      </div>
      {capped && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3" data-testid="carts-capped">
          {t("carts.capped", { days: CART_REPORT_MAX_DAYS })}
        </Text>
      )}
      <QueryState isLoading={report.isLoading} error={report.error} onRetry={() => report.refetch()}>
        {data && (
          <>
            <div className="flex flex-wrap divide-x">
              <StatTile id="carts_with_items" label={t("carts.cartsWithItems")} value={data.totals.carts_with_items} />
              <StatTile id="completed" label={t("carts.completed")} value={data.totals.completed} />
              <StatTile id="abandoned" label={t("carts.abandoned")} value={data.totals.abandoned} />
              <StatTile id="abandonment_rate" label={t("carts.abandonmentRate")} value={data.totals.abandonment_rate} format="percent" />
              <StatTile id="abandoned_value" label={t("carts.abandonedValue")} value={data.totals.abandoned_value} format="currency" />
              <StatTile id="recovered" label={t("carts.recovered")} value={data.totals.recovered} />
              <StatTile id="active" label={t("carts.active")} value={data.totals.active} />
            </div>
            <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2">
              <TimeSeriesChart
                id="cart-abandonment-days"
                title={t("carts.chart")}
                interval="day"
                series={[
                  { key: "abandoned", label: t("carts.abandoned"), points: data.days.map((day) => ({ bucket: day.day, value: day.abandoned })) },
                  { key: "completed", label: t("carts.completed"), points: data.days.map((day) => ({ bucket: day.day, value: day.completed })) },
                ]}
              />
              <TimeSeriesChart
                id="cart-abandoned-value"
                title={t("carts.abandonedValueChart")}
                interval="day"
                format="currency"
                series={[
                  { key: "abandoned_value", label: t("carts.abandonedValue"), points: data.days.map((day) => ({ bucket: day.day, value: day.abandoned_value })) },
                ]}
              />
            </div>
          </>
        )}
      </QueryState>
      <div className="py-4" data-testid="abandoned-carts">
        <Text weight="plus" size="small" className="px-6 pb-2">
          {t("carts.list")}
        </Text>
        <ListTable table={table} error={list.error} onRetry={() => list.refetch()} empty={t("carts.empty")} withFilters={false} />
      </div>
      {data && data.top_products.length > 0 && (
        <div className="px-6 py-4">
          <BarChart
            id="cart-abandoned-products"
            title={t("carts.topProducts")}
            horizontal
            rows={data.top_products.map((product) => ({ label: product.title ?? product.product_id, value: product.carts }))}
          />
        </div>
      )}
    </Container>
  )
}

export default CartAbandonmentPage

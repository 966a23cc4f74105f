import {
  Badge,
  Container,
  Heading,
  Input,
  Label,
  Text,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  useDataTable,
  type DataTableFilteringState,
} from "@medusajs/ui"
import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { HelioTabs } from "../../../../components/helio/helio-tabs"
import { ListTable } from "../../../../components/list-table"
import { HELIO_PAGE_SIZE, HELIO_STATUSES, useHelioConversations, type HelioConversation } from "../../../../hooks/helio"
import { isIsoDay } from "../../../../lib/date-range"
import { useFormatters } from "../../../../lib/format"

const column = createDataTableColumnHelper<HelioConversation>()
const filter = createDataTableFilterHelper<HelioConversation>()

/** The list's state in the URL (filters, days, page), so a filtered list can be bookmarked. */
function useConversationFilters() {
  const [params, setParams] = useSearchParams()
  const status = (params.get("status") ?? "").split(",").filter(Boolean)
  const hasFeedback = params.get("has_feedback") ?? ""
  const converted = params.get("led_to_purchase") ?? ""
  const from = params.get("from") ?? ""
  const to = params.get("to") ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const update = useCallback(
    (changes: Record<string, string | string[] | number | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [key, value] of Object.entries(changes)) {
            const text = Array.isArray(value) ? value.join(",") : value === null ? "" : String(value)
            if (text === "" || (key === "offset" && text === "0")) {
              next.delete(key)
            } else {
              next.set(key, text)
            }
          }
          // A new filter starts again on page one.
          if (!("offset" in changes)) {
            next.delete("offset")
          }
          return next
        },
        { replace: true }
      ),
    [setParams]
  )
  return { status, hasFeedback, converted, from, to, offset, update }
}

/** Every conversation with the assistant, newest first; a row opens the exchange. */
const HelioConversationsPage = () => {
  const { t } = useTranslation("solar360")
  const fmt = useFormatters()
  const navigate = useNavigate()
  const state = useConversationFilters()

  const createdAt: Record<string, string> = {}
  // Whole calendar days in the report time zone, as the dashboards count them (the route reads them).
  if (isIsoDay(state.from)) createdAt.from = state.from
  if (isIsoDay(state.to)) createdAt.to = state.to
  const { data, isLoading, error, refetch } = useHelioConversations({
    status: state.status.length ? state.status : undefined,
    has_feedback: state.hasFeedback === "true" || state.hasFeedback === "false" ? state.hasFeedback : undefined,
    led_to_purchase: state.converted === "true" || state.converted === "false" ? state.converted : undefined,
    ...createdAt,
    limit: HELIO_PAGE_SIZE,
    offset: state.offset,
    order: "-created_at",
  })

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: t("helio.list.columns.title"),
        cell: ({ row }) => (
          <span className="block max-w-[280px] truncate">
            {row.original.title ?? row.original.primary_topic ?? t("helio.list.untitled")}
          </span>
        ),
      }),
      column.accessor("status", {
        header: t("helio.list.columns.status"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall">{t(`helio.status.${getValue()}`, { defaultValue: String(getValue()) })}</Badge>
        ),
      }),
      column.accessor("channel", {
        header: t("helio.list.columns.channel"),
        cell: ({ getValue }) => getValue() ?? "–",
      }),
      column.accessor("message_count", {
        header: t("helio.list.columns.messages"),
        align: "right",
        cell: ({ getValue }) => fmt.integer(getValue()),
      }),
      column.accessor("satisfaction_score", {
        header: t("helio.list.columns.satisfaction"),
        align: "right",
        cell: ({ getValue }) => fmt.integer(getValue()),
      }),
      column.accessor("led_to_purchase", {
        header: t("helio.list.columns.converted"),
        cell: ({ getValue }) => (getValue() ? t("helio.yes") : t("helio.no")),
      }),
      column.accessor("total_cost_usd", {
        header: t("helio.list.columns.cost"),
        align: "right",
        cell: ({ getValue }) => fmt.usd(getValue()),
      }),
      column.accessor("created_at", {
        header: t("helio.list.columns.created"),
        cell: ({ getValue }) => fmt.dateTime(getValue()),
      }),
    ],
    [t, fmt]
  )

  const filters = useMemo(
    () => [
      filter.accessor("status", {
        type: "multiselect",
        label: t("helio.list.filters.status"),
        options: HELIO_STATUSES.map((value) => ({ value, label: t(`helio.status.${value}`) })),
      }),
      filter.accessor("satisfaction_score", {
        type: "radio",
        label: t("helio.list.filters.hasFeedback"),
        options: [
          { value: "true", label: t("helio.yes") },
          { value: "false", label: t("helio.no") },
        ],
      }),
      filter.accessor("led_to_purchase", {
        type: "radio",
        label: t("helio.list.filters.converted"),
        options: [
          { value: "true", label: t("helio.yes") },
          { value: "false", label: t("helio.no") },
        ],
      }),
    ],
    [t]
  )

  const filtering: DataTableFilteringState = {}
  if (state.status.length) filtering.status = state.status
  if (state.hasFeedback) filtering.satisfaction_score = state.hasFeedback
  if (state.converted) filtering.led_to_purchase = state.converted

  const table = useDataTable({
    data: (data?.conversations ?? []) as HelioConversation[],
    columns,
    filters,
    getRowId: (conversation) => conversation.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_event, conversation) => navigate(`/solar360/helio/conversations/${conversation.id}`),
    filtering: {
      state: filtering,
      onFilteringChange: (next) =>
        state.update({
          status: (next.status as string[] | undefined) ?? null,
          has_feedback: (next.satisfaction_score as string | undefined) ?? null,
          led_to_purchase: (next.led_to_purchase as string | undefined) ?? null,
        }),
    },
    pagination: {
      state: { pageIndex: Math.floor(state.offset / HELIO_PAGE_SIZE), pageSize: HELIO_PAGE_SIZE },
      onPaginationChange: (page) => state.update({ offset: page.pageIndex * HELIO_PAGE_SIZE }),
    },
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("helio.list.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("helio.list.subtitle")}
        </Text>
      </div>
      <HelioTabs current="conversations" />
      <div className="flex flex-wrap items-end gap-3 px-6 py-3">
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor="helio-from">
            {t("helio.list.filters.from")}
          </Label>
          <Input id="helio-from" type="date" size="small" value={state.from} onChange={(e) => state.update({ from: e.target.value })} />
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall" htmlFor="helio-to">
            {t("helio.list.filters.to")}
          </Label>
          <Input id="helio-to" type="date" size="small" value={state.to} onChange={(e) => state.update({ to: e.target.value })} />
        </div>
      </div>
      <ListTable
        table={table}
        error={error}
        onRetry={() => refetch()}
        empty={t("helio.list.empty")}
        emptyFiltered={t("helio.list.emptyFiltered")}
      />
    </Container>
  )
}

export default HelioConversationsPage

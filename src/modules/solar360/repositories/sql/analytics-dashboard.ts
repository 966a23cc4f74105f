// SQL of the analytics dashboard (issue 16): the time series and the filtered breakdowns.
//
// Unfiltered days and weeks sum the overview's daily rollup (`total` rows per day) for the
// stored days and the same per-day query over raw rows for the others (today, never-stored
// days): a 90-day dashboard reads ~90 x 9 rollup rows, not the events. Hours, and any figure
// with a filter, come from raw rows (the rollup holds one dimension per row, so "page /a AND
// mobile" cannot be read from it); their ranges are capped by the route.
//
// Every value is a binding (the `sql` tag of analytics-reports.ts).

import type { DashboardFilter } from "../../../../lib/analytics/dashboard-filters"
import type { ReportSettings } from "../../types/analytics"
import {
  type DayWindow,
  markedDaysSql,
  overviewDailySql,
  raw,
  rowChannelSql,
  externalReferrerHost,
  sql,
  type SqlFragment,
} from "./analytics-reports"

const KEY_MAX = 500

/** Per-day `total` rows of the overview over a range: rollup for marked days, raw for the others. */
export function dailyTotalsSql(range: DayWindow, rawWindows: DayWindow[], settings: ReportSettings): SqlFragment {
  const marked = markedDaysSql("overview", range.from, range.to)
  const rawPart = rawWindows.length
    ? sql`select day, key, value from (${overviewDailySql(rawWindows, sql`day not in (${marked})`, settings, {
        totalsOnly: true,
      })}) raw_rows`
    : sql`select null::text as day, null::text as key, 0::bigint as value where false`
  return sql`
    select day as bucket, key, value::bigint as value from analytics_daily_rollup r
    -- One index descent per stored day (see reportRowsSql).
    where r.day = any(array(${marked})) and r.report = 'overview' and r.dimension = 'total' and r.deleted_at is null
    union all
    ${rawPart}
  `
}

/** Per-bucket (day or hour) `total` rows from raw rows only, optionally filtered. */
export function rawTotalsSql(
  range: DayWindow,
  bucket: "day" | "hour",
  settings: ReportSettings,
  filter?: SqlFragment
): SqlFragment {
  return sql`select day as bucket, key, value::bigint as value from (${overviewDailySql([range], sql`true`, settings, {
    bucket,
    filter,
    totalsOnly: true,
  })}) raw_rows where dimension = 'total'`
}

/** The overview's rows over a range from raw rows with a filter, summed; each dimension's top `limit`. */
export function filteredReportRowsSql(
  range: DayWindow,
  settings: ReportSettings,
  filter: SqlFragment,
  limit: number
): SqlFragment {
  return sql`
    with summed as (
      select dimension, key, sum(value)::bigint as value
      from (${overviewDailySql([range], sql`true`, settings, { filter })}) raw_rows
      group by dimension, key
    ),
    ranked as (
      select dimension, key, value,
        row_number() over (partition by dimension order by value desc, key collate "C") as rank
      from summed
    )
    select dimension, key, value from ranked where rank <= ${limit} or dimension in ('total', 'category')
  `
}

/** Events of the range that may be matched (not bots, not deleted), as alias `m`. */
function scoped(range: DayWindow): SqlFragment {
  return sql`m.deleted_at is null and m.is_bot = false
    and m.occurred_at >= (cast(${range.from} as date)::timestamp at time zone cast(${range.timeZone} as text))
    and m.occurred_at < ((cast(${range.to} as date) + 1)::timestamp at time zone cast(${range.timeZone} as text))`
}

/** A condition on one event row `alias` for a row-level filter. */
function rowMatch(alias: string, filter: DashboardFilter, settings: ReportSettings): SqlFragment {
  const column = (name: string) => sql`left(${raw(`${alias}.${name}`)}, ${KEY_MAX})`
  switch (filter.dimension) {
    case "page":
    case "entry_page":
    case "exit_page":
      return sql`(${raw(`${alias}.event_name`)} = 'page_view' and ${column("path")} = ${filter.value})`
    case "referrer":
      return sql`${externalReferrerHost(alias)} = ${filter.value}`
    case "channel":
      return sql`${rowChannelSql(alias, settings.channelHosts)} = ${filter.value}`
    default:
      return sql`${column(COLUMN[filter.dimension])} = ${filter.value}`
  }
}

const COLUMN: Record<string, string> = {
  utm_source: "utm_source",
  utm_medium: "utm_medium",
  utm_campaign: "utm_campaign",
  country: "country",
  region: "region",
  device: "device_type",
  browser: "browser",
  os: "os",
}


/**
 * The dashboard's filters as a condition on the event row `e`. Filters select visits
 * (sessions), as Plausible's do: a session matches when any of its events in the range matches
 * (page, referrer, UTM, device, browser, OS, country, region), when its first page view's
 * path is the entry page, its last page view's the exit page, or its first event's channel is
 * the channel; then every event of a matching session counts. A row without a session
 * (cookieless) is its own visit. Several filters: all must match.
 */
export function dashboardFilterSql(filters: DashboardFilter[], range: DayWindow, settings: ReportSettings): SqlFragment {
  let condition = sql`true`
  for (const filter of filters) {
    let sessions: SqlFragment
    if (filter.dimension === "entry_page" || filter.dimension === "exit_page" || filter.dimension === "channel") {
      const pageViews = sql`filter (where m.event_name = 'page_view' and m.path is not null)`
      const picked =
        filter.dimension === "entry_page"
          ? sql`(array_agg(left(m.path, ${KEY_MAX}) order by m.occurred_at, m.id) ${pageViews})[1]`
          : filter.dimension === "exit_page"
            ? sql`(array_agg(left(m.path, ${KEY_MAX}) order by m.occurred_at desc, m.id desc) ${pageViews})[1]`
            : sql`(array_agg(${rowChannelSql("m", settings.channelHosts)} order by m.occurred_at, m.id))[1]`
      sessions = sql`select m.session_id from "event" m where ${scoped(range)} and m.session_id is not null
        group by m.session_id having ${picked} = ${filter.value}`
    } else {
      sessions = sql`select m.session_id from "event" m where ${scoped(range)} and m.session_id is not null
        and ${rowMatch("m", filter, settings)}`
    }
    condition = sql`${condition} and (
      (e.session_id is not null and e.session_id in (${sessions}))
      or (e.session_id is null and ${rowMatch("e", filter, settings)}))`
  }
  return condition
}

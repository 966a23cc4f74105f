// SQL of the admin analytics reports and of their daily rollups.
//
// One per-day aggregate query per report ("overview" over `event`, "catalog" over
// `catalog_access_log`) yields rows (day, dimension, key, value). The hourly rollup job stores
// exactly those rows for days that have ended; a report sums stored rows for rolled-up days
// and the same query over raw rows for the other days, in one statement (one snapshot). Every
// figure is therefore a sum of per-day figures, and a report is identical whether a day was
// read from the rollup or from raw rows. Bots and soft-deleted rows never count.
//
// Statements are built with `sql` below: every value is a binding, never text in the query.

import {
  DEFAULT_CHANNEL_HOSTS,
  EMAIL_MEDIUMS,
  EMAIL_SOURCES,
  PAID_MEDIUMS,
  SEARCH_SOURCES,
  SOCIAL_MEDIUMS,
  SOCIAL_SOURCES,
  type ChannelHosts,
} from "../../../../lib/analytics/channel"
import { FUNNEL_BREAKDOWN_DEFAULT_LIMIT, type FunnelBreakdown } from "../../../../lib/analytics/funnel"
import type { AnalyticsReport, ReportSettings, ReportTop } from "../../types/analytics"
import { attributionDailySql } from "./analytics-attribution"
import { funnelBreakdownValue, funnelPathsDailySql } from "./analytics-funnel"

export type SqlFragment = { readonly text: string; readonly bindings: readonly unknown[] }

const FRAGMENT = Symbol("sql-fragment")

function isFragment(value: unknown): value is SqlFragment {
  return typeof value === "object" && value !== null && FRAGMENT in value
}

/**
 * Tagged template for statements: interpolated fragments are inlined, arrays become a list of
 * bindings (an empty one becomes `null`, so `x in (null)` matches nothing), anything else is
 * one binding. The text it produces holds only `?` placeholders for knex.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0]
  const bindings: unknown[] = []
  values.forEach((value, index) => {
    if (isFragment(value)) {
      text += value.text
      bindings.push(...value.bindings)
    } else if (Array.isArray(value)) {
      text += value.length ? value.map(() => "?").join(", ") : "null"
      bindings.push(...value)
    } else {
      text += "?"
      bindings.push(value)
    }
    text += strings[index + 1]
  })
  return { text, bindings, [FRAGMENT]: true } as SqlFragment
}

/** Dimension of the marker row that says a day's rollup is stored and complete. */
export const COMPLETE_MARKER = "_complete"
// As literal SQL, so the planner matches the partial index on marker rows.
const MARKER = raw(`'${COMPLETE_MARKER}'`)

/** Keys are cut so that one long URL or search term cannot overflow the unique index. */
const KEY_MAX = 500

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { coViewMaxProductsPerSession: 50 }

/** Dimensions whose keys are a closed set (totals, enums): a report reads all of them. */
const BOUNDED_DIMENSIONS = [
  "total",
  "category",
  "recommendation_views",
  "recommendation_carts",
  "recommendation_purchases",
]
/** The per-product dimensions `best_conversion` reads for the products it shows. */
const PRODUCT_DIMENSIONS = ["product_views", "product_carts", "product_purchases", "product_conversions"]

export type DayWindow = {
  /** First and last calendar day scanned, "YYYY-MM-DD", inclusive. */
  from: string
  to: string
  timeZone: string
}

/**
 * `column` within the calendar days of the window, as a range the BRIN index can use. `from`
 * and `to` may also be SQL (a day column of another row).
 */
export function inWindow(
  column: string,
  window: { from: string | SqlFragment; to: string | SqlFragment; timeZone: string }
): SqlFragment {
  return sql`${raw(column)} >= (cast(${window.from} as date)::timestamp at time zone cast(${window.timeZone} as text))
    and ${raw(column)} < ((cast(${window.to} as date) + 1)::timestamp at time zone cast(${window.timeZone} as text))`
}

/** `column` within any of the windows (one BRIN-friendly range each). */
export function inWindows(column: string, windows: DayWindow[]): SqlFragment {
  let condition = inWindow(column, windows[0])
  for (const window of windows.slice(1)) {
    condition = sql`${condition} or ${inWindow(column, window)}`
  }
  return sql`(${condition})`
}

function dayOf(column: string, timeZone: string) {
  return sql`to_char(${raw(column)} at time zone cast(${timeZone} as text), 'YYYY-MM-DD')`
}

/** The host of a URL column, lower-cased, without "www."; '' when it has no scheme. */
function hostOf(column: string) {
  return raw(`regexp_replace(lower(split_part(split_part(${column}, '://', 2), '/', 1)), '^www[.]', '')`)
}

/** A constant (a column name) as SQL text. Never call it with input. */
export function raw(text: string): SqlFragment {
  return { text, bindings: [], [FRAGMENT]: true } as SqlFragment
}

/**
 * Categories the page sends by itself, not the visitor: they do not make a session "interact"
 * (bounce rule below).
 */
export const NON_INTERACTION_CATEGORIES = ["performance", "error"]

/**
 * The channel group of a row (rules and lists in src/lib/analytics/channel.ts, which
 * `channelOf` implements for one visit; a module test checks both agree). `medium`, `source`
 * and `host` are lower-cased, trimmed, '' when absent; `host` is '' for a self-referral.
 */
export function channelSql(
  medium: SqlFragment,
  source: SqlFragment,
  host: SqlFragment,
  hosts: ChannelHosts = DEFAULT_CHANNEL_HOSTS
): SqlFragment {
  const hostIn = (list: string[]) => sql`(${host} <> '' and exists (
    select 1 from unnest(array[${list}]::text[]) as listed(entry)
    where position('.' || listed.entry || '.' in '.' || ${host} || '.') > 0))`
  const social = sql`(${source} in (${SOCIAL_SOURCES}) or ${hostIn(hosts.social)})`
  return sql`case
    when ${medium} in (${EMAIL_MEDIUMS}) or ${source} in (${EMAIL_SOURCES}) or ${hostIn(hosts.email)} then 'email'
    when ${medium} in (${PAID_MEDIUMS}) then case when ${social} then 'social' else 'paid_search' end
    when ${medium} in (${SOCIAL_MEDIUMS}) or ${social} then 'social'
    when ${medium} = 'organic' or ${source} in (${SEARCH_SOURCES}) or ${hostIn(hosts.search)} then 'organic_search'
    when ${host} <> '' or ${source} <> '' then 'referral'
    else 'direct' end`
}

/** The referrer host of an event row, '' when absent or the store itself (a self-referral). */
export function externalReferrerHost(alias: string): SqlFragment {
  return sql`(case when ${hostOf(`${alias}.referrer`)} is distinct from ${hostOf(`${alias}.url`)}
    then coalesce(${hostOf(`${alias}.referrer`)}, '') else '' end)`
}

/**
 * The channel rules' inputs of an event row, as columns `ch_medium`, `ch_source` and `ch_host`:
 * computed once in a materialized CTE, they spare the rules' host expression (two regular
 * expressions) its eight evaluations per row (`channelOfInputsSql` reads them).
 */
export function channelInputsSql(alias: string): SqlFragment {
  return sql`${cleanedColumn(alias, "utm_medium")} as ch_medium, ${cleanedColumn(alias, "utm_source")} as ch_source,
    ${externalReferrerHost(alias)} as ch_host`
}

/** The channel group of a row with the columns of `channelInputsSql` (of `alias`, or unqualified). */
export function channelOfInputsSql(alias: string | undefined, hosts?: ChannelHosts): SqlFragment {
  const column = (name: string) => raw(alias ? `${alias}.${name}` : name)
  return channelSql(column("ch_medium"), column("ch_source"), column("ch_host"), hosts)
}

/** A text column of `alias` lower-cased and trimmed, '' when null (the channel rules' input form). */
function cleanedColumn(alias: string, column: string): SqlFragment {
  return raw(`lower(btrim(coalesce(${alias}.${column}, '')))`)
}

/** The channel group of an event row (its own UTM fields and referrer). */
export function rowChannelSql(alias: string, hosts?: ChannelHosts): SqlFragment {
  return channelSql(cleanedColumn(alias, "utm_medium"), cleanedColumn(alias, "utm_source"), externalReferrerHost(alias), hosts)
}

/** The external referrer host of an `ev` row ('' for none or a self-referral). */
const CH_HOST = raw(`(case when referrer_host is distinct from url_host then coalesce(referrer_host, '') else '' end)`)

export type OverviewOptions = {
  /** "hour": the `day` column holds the hour's wall-clock start ("YYYY-MM-DDTHH:00", local time). */
  bucket?: "day" | "hour"
  /** A condition on the event row `e` (the dashboard's filters). */
  filter?: SqlFragment
  /** Only the `total` rows (the time series). */
  totalsOnly?: boolean
}

/**
 * Per-day figures of the overview. `dayFilter` restricts the days further (a condition on
 * `day`). Definitions (also in docs/analytics.md):
 * - page view: an event named `page_view`; conversion: an event named `purchase`, revenue the
 *   sum of their `value` (R$), stored as whole reais plus cents (the rollup column is an integer);
 * - visitor: `ip_hash` (daily-rotating, so a visitor is one per day, as in Plausible), else
 *   `anonymous_id`; unique visitors of a range = sum over its days of the day's distinct
 *   visitors;
 * - session: a `session_id` within one day; sessions of a range = sum over days;
 * - bounce: a session with exactly one page view and no other interaction event (any event
 *   that is not a page view, outside NON_INTERACTION_CATEGORIES), over sessions with a page view;
 * - entry/exit page: the path of a session's first/last page view of the day; channel: the
 *   channel of a session's first event of the day;
 * - cookieless rows (`consent_analytics = false`) have no visitor or session: they count in
 *   events, page views, pages, referrers and categories, and each cookieless page view counts
 *   as one visit in the UTM and channel rows and as its own entry and exit page.
 */
export function overviewDailySql(
  windows: DayWindow[],
  dayFilter: SqlFragment,
  settings?: ReportSettings,
  options: OverviewOptions = {}
): SqlFragment {
  const timeZone = windows[0].timeZone
  const bucket =
    options.bucket === "hour"
      ? sql`to_char(e.occurred_at at time zone cast(${timeZone} as text), 'YYYY-MM-DD"T"HH24":00"')`
      : dayOf("e.occurred_at", timeZone)
  const totals = sql`
    select day, 'total' as dimension, 'events' as key, count(*) as value from ev group by day
    union all
    select day, 'total', 'page_views', count(*) filter (where event_name = 'page_view') from ev group by day
    union all
    select day, 'total', 'visitors', count(distinct visitor) from ev group by day
    union all
    select day, 'total', 'sessions', count(*) from sess group by day
    union all
    select day, 'total', 'sessions_with_page_view', count(*) filter (where page_views >= 1) from sess group by day
    union all
    select day, 'total', 'bounced_sessions', count(*) filter (where page_views = 1 and interactions = 0) from sess group by day
    union all
    select day, 'total', 'conversions', count(*) filter (where event_name = 'purchase') from ev group by day
    union all
    select day, 'total', 'revenue_reais', coalesce(floor(sum(value) filter (where event_name = 'purchase')), 0)::bigint
      from ev group by day
    union all
    select day, 'total', 'revenue_cents', coalesce(round(100 * (
        sum(value) filter (where event_name = 'purchase') - floor(sum(value) filter (where event_name = 'purchase'))
      )), 0)::bigint
      from ev group by day`
  const dimensions = options.totalsOnly
    ? sql``
    : sql`
    union all
    select day, 'path', path, count(*) from ev
      where event_name = 'page_view' and path is not null group by day, path
    union all
    select day, 'referrer', referrer_host, count(*) from ev
      where event_name = 'page_view' and referrer_host <> '' and referrer_host is distinct from url_host
      group by day, referrer_host
    union all
    select day, 'utm_source', utm_source, count(distinct session_id) + count(*) filter (where cookieless_view) from ev
      where utm_source is not null and (session_id is not null or cookieless_view) group by day, utm_source
    union all
    select day, 'utm_medium', utm_medium, count(distinct session_id) + count(*) filter (where cookieless_view) from ev
      where utm_medium is not null and (session_id is not null or cookieless_view) group by day, utm_medium
    union all
    select day, 'utm_campaign', utm_campaign, count(distinct session_id) + count(*) filter (where cookieless_view) from ev
      where utm_campaign is not null and (session_id is not null or cookieless_view) group by day, utm_campaign
    union all
    select day, 'device_type', device_type, count(distinct visitor) from ev
      where device_type is not null and visitor is not null group by day, device_type
    union all
    select day, 'browser', browser, count(distinct visitor) from ev
      where browser is not null and visitor is not null group by day, browser
    union all
    select day, 'os', os, count(distinct visitor) from ev
      where os is not null and visitor is not null group by day, os
    union all
    select day, 'country', country, count(distinct visitor) from ev
      where country is not null and visitor is not null group by day, country
    union all
    select day, 'region', region, count(distinct visitor) from ev
      where region is not null and visitor is not null group by day, region
    union all
    select day, 'category', category, count(*) from ev group by day, category
    union all
    select day, 'entry_page', entry_page, count(*) from visits where entry_page is not null group by day, entry_page
    union all
    select day, 'exit_page', exit_page, count(*) from visits where exit_page is not null group by day, exit_page
    union all
    select day, 'channel', channel, count(*) from visits group by day, channel`
  return sql`
    with ev as (
      select * from (
        select ${bucket} as day,
          e.id, e.occurred_at, e.event_name, e.category, e.session_id, e.value,
          coalesce(e.ip_hash, e.anonymous_id) as visitor,
          -- A cookieless page view (analytics consent refused) has no session: it counts as
          -- one visit of its campaign (the tracker sends the campaign on the landing view only).
          (e.consent_analytics = false and e.event_name = 'page_view') as cookieless_view,
          left(e.path, ${KEY_MAX}) as path,
          ${hostOf("e.referrer")} as referrer_host,
          ${hostOf("e.url")} as url_host,
          -- Channel inputs; the channel itself is computed once per visit (in sess/visits),
          -- not per row: the host lists make it the costliest expression here.
          lower(btrim(coalesce(e.utm_medium, ''))) as ch_medium,
          lower(btrim(coalesce(e.utm_source, ''))) as ch_source,
          left(e.utm_source, ${KEY_MAX}) as utm_source,
          left(e.utm_medium, ${KEY_MAX}) as utm_medium,
          left(e.utm_campaign, ${KEY_MAX}) as utm_campaign,
          left(e.device_type, ${KEY_MAX}) as device_type,
          left(e.browser, ${KEY_MAX}) as browser,
          left(e.os, ${KEY_MAX}) as os,
          left(e.country, ${KEY_MAX}) as country,
          left(e.region, ${KEY_MAX}) as region
        from "event" e
        where e.deleted_at is null and e.is_bot = false and ${inWindows("e.occurred_at", windows)}
          and ${options.filter ?? sql`true`}
      ) scoped
      where ${dayFilter}
    ),
    sess as (
      select day, session_id,
        count(*) filter (where event_name = 'page_view') as page_views,
        count(*) filter (where event_name <> 'page_view' and category not in (${NON_INTERACTION_CATEGORIES})) as interactions,
        (array_agg(path order by occurred_at, id) filter (where event_name = 'page_view' and path is not null))[1] as entry_page,
        (array_agg(path order by occurred_at desc, id desc) filter (where event_name = 'page_view' and path is not null))[1] as exit_page,
        (array_agg(ch_medium order by occurred_at, id))[1] as ch_medium,
        (array_agg(ch_source order by occurred_at, id))[1] as ch_source,
        (array_agg(${CH_HOST} order by occurred_at, id))[1] as ch_host
      from ev where session_id is not null group by day, session_id
    ),
    visit_inputs as (
      select day, entry_page, exit_page, ch_medium, ch_source, ch_host from sess
      union all
      select day, path, path, ch_medium, ch_source, ${CH_HOST} from ev where session_id is null and cookieless_view
    ),
    visits as (
      select day, entry_page, exit_page,
        ${channelSql(raw("ch_medium"), raw("ch_source"), raw("ch_host"), settings?.channelHosts)} as channel
      from visit_inputs
    )
    ${totals}
    ${dimensions}
  `
}

/**
 * Per-day figures of the catalog report. Views are `product_view` rows; a view "led to a
 * cart/purchase" by its own `led_to_cart`/`led_to_purchase` flags. Search terms are trimmed
 * and lower-cased; a failed search has `search_results_count = 0`. A co-viewed pair is two
 * products viewed in the same session on the same day (counted once per session), among the
 * session's `coViewMaxProductsPerSession` most recently viewed products of that day.
 */
export function catalogDailySql(
  windows: DayWindow[],
  dayFilter: SqlFragment,
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS
): SqlFragment {
  return sql`
    with cal as (
      select * from (
        select ${dayOf("c.occurred_at", windows[0].timeZone)} as day,
          c.action_type, c.session_id, c.occurred_at,
          left(c.product_id, 200) as product_id,
          left(lower(btrim(c.search_term)), ${KEY_MAX}) as term,
          c.search_results_count, c.recommendation_source,
          c.led_to_cart, c.led_to_purchase
        from catalog_access_log c
        where c.deleted_at is null and c.is_bot = false and ${inWindows("c.occurred_at", windows)}
      ) scoped
      where ${dayFilter}
    ),
    views as (select * from cal where action_type = 'product_view'),
    searches as (select * from cal where action_type = 'search' and term is not null and term <> ''),
    session_products as (
      select day, session_id, product_id from (
        select day, session_id, product_id,
          row_number() over (
            partition by day, session_id order by max(occurred_at) desc, product_id
          ) as recency
        from views
        where session_id is not null and product_id is not null
        group by day, session_id, product_id
      ) ranked
      where recency <= ${settings.coViewMaxProductsPerSession}
    )
    select day, 'total' as dimension, 'product_views' as key, count(*) as value from views group by day
    union all
    select day, 'total', 'searches', count(*) from searches group by day
    union all
    select day, 'total', 'failed_searches', count(*) filter (where search_results_count = 0)
      from searches group by day
    union all
    select day, 'product_views', product_id, count(*) from views
      where product_id is not null group by day, product_id
    union all
    select day, 'product_carts', product_id, count(*) from views
      where product_id is not null and led_to_cart group by day, product_id
    union all
    select day, 'product_purchases', product_id, count(*) from views
      where product_id is not null and led_to_purchase group by day, product_id
    union all
    select day, 'product_conversions', product_id, count(*) from views
      where product_id is not null and (led_to_cart or led_to_purchase) group by day, product_id
    union all
    select day, 'search_term', term, count(*) from searches group by day, term
    union all
    select day, 'failed_search_term', term, count(*) from searches
      where search_results_count = 0 group by day, term
    union all
    select a.day, 'co_view', json_build_array(a.product_id, b.product_id)::text, count(*)
      from session_products a
      join session_products b
        on b.day = a.day and b.session_id = a.session_id and a.product_id < b.product_id
      group by a.day, a.product_id, b.product_id
    union all
    select day, 'recommendation_views', recommendation_source, count(*) from views
      where recommendation_source is not null group by day, recommendation_source
    union all
    select day, 'recommendation_carts', recommendation_source, count(*) from views
      where recommendation_source is not null and led_to_cart group by day, recommendation_source
    union all
    select day, 'recommendation_purchases', recommendation_source, count(*) from views
      where recommendation_source is not null and led_to_purchase group by day, recommendation_source
  `
}

const DAILY_SQL: Record<
  AnalyticsReport,
  (windows: DayWindow[], dayFilter: SqlFragment, settings: ReportSettings) => SqlFragment
> = {
  overview: overviewDailySql,
  catalog: catalogDailySql,
  // Called through a function: analytics-attribution.ts imports this file, so its export is
  // not there yet when this object is built if that file is the one loaded first.
  attribution: (windows, dayFilter, settings) => attributionDailySql(windows, dayFilter, settings),
  funnel: (windows, dayFilter, settings) => funnelPathsDailySql(windows, dayFilter, settings),
}

/**
 * The version of each report's per-day definition, stored as the value of a day's marker row.
 * Raise it when a daily SQL changes what it stores (a new dimension, a changed rule): days
 * marked with an older version no longer count as stored (reports read them from raw rows)
 * and the rollup job recomputes them (`staleDaysSql`).
 * overview 2: conversions, revenue, entry/exit pages, channels, OS, country, region; bounce
 * excludes sessions with an interaction event (issue 16). attribution 1: visits, converted
 * visits, orders and revenue per channel group and UTM value (issue 16). funnel 1: sessions per
 * path and per breakdown value and path (issue 18); 2: breakdown paths marked like the paths,
 * and the timed paths per breakdown value (windowed breakdowns).
 */
export const ROLLUP_VERSION: Record<AnalyticsReport, number> = { overview: 2, catalog: 1, attribution: 1, funnel: 2 }

/** Marker days (rolled up and complete, current version) of a report within [from, to]. */
export function markedDaysSql(report: AnalyticsReport, from: string, to: string): SqlFragment {
  return sql`select day from analytics_daily_rollup
    where report = ${report} and dimension = ${MARKER} and deleted_at is null
      and day >= ${from} and day <= ${to} and value = ${ROLLUP_VERSION[report]}`
}

/** Days stored under an older definition of the report: the rollup job recomputes them. */
export function staleDaysSql(report: AnalyticsReport): SqlFragment {
  return sql`select day from analytics_daily_rollup
    where report = ${report} and dimension = ${MARKER} and deleted_at is null
      and value <> ${ROLLUP_VERSION[report]}`
}

/**
 * A report's figures over [range.from, range.to], summed per (dimension, key): stored rollups
 * for marked days, raw rows for the others. `rawWindows` bound the raw scan (the runs of
 * unmarked days seen just before; days marked since are simply read from the rollup); empty
 * when every day was marked.
 *
 * With `top`, only what a report shows leaves the database: each dimension's `limit` largest
 * keys (ties by key), every key of the closed dimensions, and the per-product rows of the
 * `limit` best-converting products with at least `minViews` views (ordered as `shapeCatalog`
 * orders them: rate rounded to 4 places, then views, then id). Free-form keys (paths, search
 * terms, forged product ids, pairs) can be millions; the answer stays O(dimensions x limit).
 */
export function reportRowsSql(
  report: AnalyticsReport,
  range: DayWindow,
  rawWindows: DayWindow[],
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS,
  top?: ReportTop
): SqlFragment {
  const marked = markedDaysSql(report, range.from, range.to)
  const rawPart = rawWindows.length
    ? sql`select dimension, key, value from (${DAILY_SQL[report](
        rawWindows,
        sql`day not in (${marked})`,
        settings
      )}) raw_rows`
    : sql`select null::text as dimension, null::text as key, 0::bigint as value where false`
  const summed = sql`
    select dimension, key, sum(value)::bigint as value from (
      select r.dimension, r.key, r.value::bigint as value
      from analytics_daily_rollup r
      -- One descent of the unique index (day, report, ...) per stored day: with "in (subquery)"
      -- the planner may hash the days and read every report's rows.
      where r.day = any(array(${marked})) and r.report = ${report} and r.deleted_at is null
        and r.dimension <> ${MARKER}
      union all
      ${rawPart}
    ) combined
    group by dimension, key
  `
  if (!top) {
    return summed
  }
  // "C" collation: byte order, the order JavaScript's `<` gives the report's keys.
  return sql`
    with summed as (${summed}),
    ranked as (
      select dimension, key, value,
        row_number() over (partition by dimension order by value desc, key collate "C") as rank
      from summed
    ),
    best as (
      select v.key from summed v
      left join summed c on c.dimension = 'product_conversions' and c.key = v.key
      where v.dimension = 'product_views' and v.value >= ${top.minViews ?? 1}
      order by round(coalesce(c.value, 0)::numeric / v.value, 4) desc, v.value desc, v.key collate "C"
      limit ${top.limit}
    )
    select dimension, key, value from ranked
    where rank <= ${top.limit}
      or dimension in (${BOUNDED_DIMENSIONS})
      or (dimension in (${PRODUCT_DIMENSIONS}) and key in (select key from best))
  `
}

/** Serialises rollups of one report across server instances, until the transaction ends. */
export function lockRollupSql(report: AnalyticsReport): SqlFragment {
  return sql`select pg_advisory_xact_lock(hashtext(${`solar360:analytics-rollup:${report}`}))`
}

/** Deletes the stored rollup of the given days (markers included). */
export function deleteRollupSql(report: AnalyticsReport, days: string[]): SqlFragment {
  return sql`delete from analytics_daily_rollup where report = ${report} and day in (${days})`
}

/**
 * The id of a rollup row of `report` from the columns day, dimension and key: derived from the
 * unique key, so a day recomputed keeps its ids. `report` is one of the plugin's report names
 * (an analytics report, or data health's counters), never input: written as a literal.
 */
export function rollupRowIdSql(report: AnalyticsReport | "data_health"): string {
  return `'adr_' || upper(substr(md5(day || '|' || '${report}' || '|' || dimension || '|' || key), 1, 26))`
}

/**
 * Recomputes the given (ended) days of a report from raw rows and stores them with a marker
 * per day. Ids are derived from the unique key, so they are stable across recomputations.
 */
export function insertRollupSql(
  report: AnalyticsReport,
  days: string[],
  timeZone: string,
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS
): SqlFragment {
  const sorted = [...days].sort()
  const window = { from: sorted[0], to: sorted[sorted.length - 1], timeZone }
  return sql`
    insert into analytics_daily_rollup (id, day, report, dimension, key, value)
    select ${raw(rollupRowIdSql(report))},
      day, cast(${report} as text), dimension, key, value
    from (
      ${DAILY_SQL[report]([window], sql`day in (${sorted})`, settings)}
      union all
      select day, ${MARKER}, '', ${ROLLUP_VERSION[report]} from unnest(array[${sorted}]::text[]) as day
    ) computed
  `
}

/**
 * Days (in the report time zone) whose rows changed since an instant, in either table: what
 * the rollup must recompute. New rows are found on any day through the BRIN index on
 * `created_at` (late events); changed or soft-deleted rows (conversion flags, erasure) only
 * among rows that occurred since `recheckFrom`, through the BRIN index on `occurred_at`, so a
 * run never scans the whole table. Without `since`, every day with data (the first run).
 */
export function changedDaysSql(since: Date | null, recheckFrom: Date, timeZone: string): SqlFragment {
  if (!since) {
    return sql`
      select distinct ${dayOf("e.occurred_at", timeZone)} as day from "event" e
      union
      select distinct ${dayOf("c.occurred_at", timeZone)} as day from catalog_access_log c
        where c.occurred_at is not null
    `
  }
  const changed = (table: string, alias: string) => {
    const day = dayOf(`${alias}.occurred_at`, timeZone)
    const from = raw(`${table} ${alias}`)
    const column = (name: string) => raw(`${alias}.${name}`)
    return sql`
      select distinct ${day} as day from ${from}
        where ${column("occurred_at")} is not null and ${column("created_at")} >= ${since}
      union
      select distinct ${day} as day from ${from}
        where ${column("occurred_at")} >= ${recheckFrom}
          and (${column("updated_at")} >= ${since} or ${column("deleted_at")} >= ${since})`
  }
  return sql`${changed('"event"', "e")} union ${changed("catalog_access_log", "c")}`
}

/** When the last rollup of a report started (its newest marker), or null if never. */
export function lastRollupSql(report: AnalyticsReport): SqlFragment {
  return sql`select max(created_at) as at from analytics_daily_rollup
    where report = ${report} and dimension = ${MARKER} and deleted_at is null`
}

export type FunnelOptions = {
  /** Conversion window: later steps count only within this many minutes of step 1 (inclusive). */
  windowMinutes?: number
  /** Split the sessions by a property of their first event in the range. */
  breakdown?: FunnelBreakdown
  /** With a breakdown: the top keys by step-1 sessions; the others are summed as "other". */
  breakdownLimit?: number
  channelHosts?: ChannelHosts
}

/**
 * Sessions reaching each funnel step, read from raw events (the conversion window needs the
 * events' times; without one, the funnel reads the "funnel" rollup: analytics-funnel.ts).
 * A session is a session id within one report day, as everywhere in the reports. It reaches
 * step 1 at its first event named like step 1 in that day, and step i at its first event named
 * like step i at or after the moment it reached step i-1 (time order; a tie counts). With a
 * conversion window, step i (i > 1) must also happen at most `windowMinutes` after the moment
 * the session reached step 1 (exactly at the limit counts; the window never restarts at a later
 * step-1 event). Bots and soft-deleted events are excluded. One statement with one CTE per
 * step, over the step events only (the `event_name` index and the BRIN range).
 *
 * Without a breakdown: one row with `step_<n>`. With one: a row per key (`key`, `other`,
 * `step_<n>`), the key read from each step-1 session's first event that day (for `entry_page`,
 * its first page view with a path) through the `session_id` index, one lookup per session that
 * reached step 1; the top `breakdownLimit` keys by step-1 sessions (then key), the sessions
 * without a value as a null key, the rest summed into one row with `other`.
 */
export function funnelSql(steps: string[], range: DayWindow, options: FunnelOptions = {}): SqlFragment {
  // Without a window the statement is exactly the one before issue 16 (no `start` carried).
  const windowed = options.windowMinutes !== undefined
  const start = windowed ? raw(", min(occurred_at) as start") : raw("")
  const carried = windowed ? raw(", p.start") : raw("")
  const withinWindow = windowed
    ? sql` and ev.occurred_at <= p.start + make_interval(mins => ${options.windowMinutes}::int)`
    : sql``
  let ctes = sql`ev as (
    select e.session_id, e.event_name, e.occurred_at,
      to_char(e.occurred_at at time zone cast(${range.timeZone} as text), 'YYYY-MM-DD') as day
    from "event" e
    where e.deleted_at is null and e.is_bot = false and e.session_id is not null
      and e.event_name in (${steps}) and ${inWindow("e.occurred_at", range)}
  ),
  s1 as (
    select session_id, day, min(occurred_at) as at${start} from ev where event_name = ${steps[0]} group by session_id, day
  )`
  for (let index = 1; index < steps.length; index++) {
    const step = raw(`s${index + 1}`)
    const previous = raw(`s${index}`)
    ctes = sql`${ctes},
  ${step} as (
    select ev.session_id, ev.day, min(ev.occurred_at) as at${carried} from ev
    join ${previous} p on p.session_id = ev.session_id and p.day = ev.day and ev.occurred_at >= p.at${withinWindow}
    where ev.event_name = ${steps[index]} group by ev.session_id, ev.day${carried}
  )`
  }
  if (!options.breakdown) {
    const counts = steps.map((_, index) => raw(`(select count(*) from s${index + 1})::int as step_${index + 1}`))
    let select = counts[0]
    for (const count of counts.slice(1)) {
      select = sql`${select}, ${count}`
    }
    return sql`with ${ctes} select ${select}`
  }
  const limit = options.breakdownLimit ?? FUNNEL_BREAKDOWN_DEFAULT_LIMIT
  const pageViewOnly =
    options.breakdown === "entry_page" ? sql`and f.event_name = 'page_view' and f.path is not null` : sql``
  let joins = sql``
  let perKey = raw(`count(*) as step_1`)
  let summed = raw(`sum(step_1)::int as step_1`)
  for (let index = 1; index < steps.length; index++) {
    const step = `s${index + 1}`
    joins = sql`${joins} left join ${raw(step)} on ${raw(`${step}.session_id = keyed.session_id and ${step}.day = keyed.day`)}`
    perKey = sql`${perKey}, ${raw(`count(s${index + 1}.session_id) as step_${index + 1}`)}`
    summed = sql`${summed}, ${raw(`sum(step_${index + 1})::int as step_${index + 1}`)}`
  }
  return sql`with ${ctes},
  firsts as materialized (
    select s1.session_id, s1.day, f.path, f.device_type, f.browser, f.os, f.country, f.region,
      f.utm_source, f.utm_medium, f.utm_campaign, ${channelInputsSql("f")}
    from s1
    left join lateral (
      -- OFFSET 0 keeps the range out of the index scan: the planner would otherwise AND the
      -- session index with the BRIN range, one bitmap of the whole range per session (8x slower on 1M events).
      select f.* from (select * from "event" session_events where session_events.session_id = s1.session_id offset 0) f
      where f.deleted_at is null and f.is_bot = false ${pageViewOnly}
        and ${inWindow("f.occurred_at", { from: raw("s1.day"), to: raw("s1.day"), timeZone: range.timeZone })}
      order by f.occurred_at, f.id limit 1
    ) f on true
  ),
  keyed as (
    select f.session_id, f.day, ${funnelBreakdownValue(options.breakdown, options.channelHosts, raw("f.path"))} as key
    from firsts f
  ),
  per_key as (
    select keyed.key, ${perKey} from keyed ${joins}
    group by keyed.key
  ),
  ranked as (
    select per_key.*, case when key is null then 0
      else row_number() over (partition by key is null order by step_1 desc, key collate "C") end as rank
    from per_key
  )
  select case when rank <= ${limit} then key end as key, rank > ${limit} as other, ${summed}
  from ranked group by 1, 2`
}

/** The latest non-empty name of each product, for report labels. */
export function productNamesSql(productIds: string[]): SqlFragment {
  return sql`select distinct on (product_id) product_id, product_name from catalog_access_log
    where product_id in (${productIds}) and product_name is not null and deleted_at is null
    order by product_id, occurred_at desc nulls last`
}

// SQL of the funnel's daily rollup (issue 18): report "funnel" of `analytics_daily_rollup`.
//
// A funnel's steps are chosen at read time, so what is stored per report day is how many
// sessions took each path (src/lib/analytics/funnel-paths.ts says what a path is and why
// greedy matching on it is exact). Sessions are per report day, as everywhere in the reports
// (a session id within one day): a session crossing midnight is two.
//
// Rollup rows: dimension "path", key the path (marked "#" when the session-day lasted longer
// than FUNNEL_TIMED_MINUTES); dimension "timed", key the timed path of each such session-day
// (what a conversion window of FUNNEL_TIMED_MINUTES or more reads); and for each breakdown b,
// dimension "path:<b>", key `funnelBreakdownRollupKey(value, path)` (the path marked alike), and
// dimension "timed:<b>", key `funnelBreakdownRollupKey(value, timed path)` of each longer
// session-day. The value is read on the session-day's first event (its first page view with a
// path for `entry_page`), as the raw funnel does.
//
// Every value is a binding (the `sql` tag of analytics-reports.ts).

import type { ChannelHosts } from "../../../../lib/analytics/channel"
import { FUNNEL_BREAKDOWNS, type FunnelBreakdown } from "../../../../lib/analytics/funnel"
import {
  FUNNEL_KEY_MAX,
  FUNNEL_LONG_MARK,
  FUNNEL_PATH_CUT,
  FUNNEL_PATH_MAX,
  FUNNEL_TIMED_MINUTES,
} from "../../../../lib/analytics/funnel-paths"
import type { ReportSettings } from "../../types/analytics"
import {
  type DayWindow,
  channelInputsSql,
  channelOfInputsSql,
  inWindows,
  raw,
  sql,
  type SqlFragment,
} from "./analytics-reports"

/**
 * A rollup dimension of the funnel report: the paths or the timed paths of all sessions, or
 * split by one breakdown.
 */
export type FunnelPathDimension = "path" | "timed" | `path:${FunnelBreakdown}` | `timed:${FunnelBreakdown}`

export function funnelPathDimension(breakdown?: FunnelBreakdown, timed = false): FunnelPathDimension {
  const kind = timed ? "timed" : "path"
  return breakdown ? `${kind}:${breakdown}` : kind
}

/**
 * The breakdown value of a session from its first-event row `f` (the `event` columns and those
 * of `channelInputsSql`) and its entry page (an expression), cut to FUNNEL_KEY_MAX characters. Shared by the rollup and the
 * raw (windowed) funnel, so both split sessions alike.
 */
export function funnelBreakdownValue(breakdown: FunnelBreakdown, hosts: ChannelHosts | undefined, entryPage: SqlFragment): SqlFragment {
  const cut = (expression: SqlFragment) => sql`left(${expression}, ${FUNNEL_KEY_MAX})`
  switch (breakdown) {
    case "channel":
      return channelOfInputsSql("f", hosts)
    case "referrer":
      return cut(raw("nullif(f.ch_host, '')"))
    case "entry_page":
      return cut(entryPage)
    case "device":
      return cut(raw("f.device_type"))
    default:
      // The remaining breakdowns are column names of `event` (a closed list, never input).
      return cut(raw(`f.${breakdown}`))
  }
}

/** A path column cut after its last whole element when over FUNNEL_PATH_MAX, and marked (`cutPath`). */
function cutPathSql(column: string): SqlFragment {
  const path = raw(column)
  return sql`case when length(${path}) <= ${FUNNEL_PATH_MAX} then ${path}
    else regexp_replace(left(${path}, ${FUNNEL_PATH_MAX + 1}), '[.][^.]*$', '') || ${`.${FUNNEL_PATH_CUT}`} end`
}

/**
 * Per report day of the windows (and `dayFilter`, on the column `day`), the rows
 * (day, dimension, key, value) of the funnel report: sessions per path, and per breakdown
 * value and path. `only` limits the rows to those dimensions (a read needs one or two).
 */
export function funnelPathsDailySql(
  windows: DayWindow[],
  dayFilter: SqlFragment,
  settings: ReportSettings,
  only?: FunnelPathDimension[]
): SqlFragment {
  const timeZone = windows[0].timeZone
  const wanted = (dimension: FunnelPathDimension) => !only || only.includes(dimension)
  const breakdowns = FUNNEL_BREAKDOWNS.filter(
    (breakdown) => wanted(funnelPathDimension(breakdown)) || wanted(funnelPathDimension(breakdown, true))
  )
  const longMark = sql`case when long then ${FUNNEL_LONG_MARK} else '' end`
  const arms: SqlFragment[] = []
  if (wanted("path")) {
    // A longer session-day's path is marked, so a windowed funnel reads it from its timed path.
    arms.push(sql`select day, 'path' as dimension, steps || ${longMark} as key,
      count(*)::bigint as value from paths group by day, steps, long`)
  }
  if (wanted("timed")) {
    arms.push(sql`select day, 'timed' as dimension, timed as key, count(*)::bigint as value
      from paths where long group by day, timed`)
  }
  for (const breakdown of breakdowns) {
    const value = raw(`k_${breakdown}`)
    // funnelBreakdownRollupKey's format.
    const head = sql`(case when ${value} is null then '-' else '=' || ${value} end) || '|'`
    if (wanted(funnelPathDimension(breakdown))) {
      arms.push(sql`select day, ${funnelPathDimension(breakdown)} as dimension, ${head} || steps || ${longMark} as key,
        count(*)::bigint as value from keyed group by day, ${value}, steps, long`)
    }
    if (wanted(funnelPathDimension(breakdown, true))) {
      arms.push(sql`select day, ${funnelPathDimension(breakdown, true)} as dimension, ${head} || timed as key,
        count(*)::bigint as value from keyed where long group by day, ${value}, timed`)
    }
  }
  const keyColumns = breakdowns.map((breakdown) => sql`${funnelBreakdownValue(breakdown, settings.channelHosts, raw("n.entry_page"))} as ${raw(`k_${breakdown}`)}`)
  const keyed = keyColumns.length
    ? sql`,
    -- A session-day's first event (the breakdowns' rule), ties broken by id as the raw funnel does.
    firsts as materialized (
      select f.*, ${channelInputsSql("f")} from (
        select distinct on (day, session_id) day, session_id, device_type, browser, os, country, region,
          utm_source, utm_medium, utm_campaign, referrer, url
        from ev order by day, session_id, occurred_at, id
      ) f
    ),
    entries as (
      select distinct on (day, session_id) day, session_id, path as entry_page
      from ev where event_name = 'page_view' and path is not null
      order by day, session_id, occurred_at, id
    ),
    keyed as materialized (
      select p.day, p.steps, p.long, case when p.long then p.timed end as timed, ${keyColumns.reduce((all, column) => sql`${all}, ${column}`)}
      from paths p
      join firsts f on f.day = p.day and f.session_id = p.session_id
      left join entries n on n.day = p.day and n.session_id = p.session_id
    )`
    : sql``
  return sql`
    with ev as (
      select * from (
        select e.id, e.session_id, e.occurred_at, e.event_name, e.path, e.device_type, e.browser, e.os,
          e.country, e.region, e.utm_source, e.utm_medium, e.utm_campaign, e.referrer, e.url,
          to_char(e.occurred_at at time zone cast(${timeZone} as text), 'YYYY-MM-DD') as day
        from "event" e
        where e.deleted_at is null and e.is_bot = false and e.session_id is not null
          and ${inWindows("e.occurred_at", windows)}
      ) scoped
      where ${dayFilter}
    ),
    -- One element per instant: the codes of its names, sorted, joined by '+'.
    instants as (
      select day, session_id, occurred_at,
        string_agg(distinct substr(md5(event_name), 1, 8), '+' order by substr(md5(event_name), 1, 8)) as element
      from ev group by day, session_id, occurred_at
    ),
    changes as (
      select day, session_id, occurred_at, element,
        element is distinct from lag(element) over (partition by day, session_id order by occurred_at) as changed,
        min(occurred_at) over (partition by day, session_id) as first_at
      from instants
    ),
    -- The path; whether the session-day lasted longer than FUNNEL_TIMED_MINUTES (first to last
    -- event); and its timed path (each element with its offset from the first event, in
    -- microseconds, hexadecimal), which the "timed" rows keep for those longer session-days.
    whole_paths as (
      select day, session_id,
        string_agg(element, '.' order by occurred_at) filter (where changed) as steps,
        max(occurred_at) - min(occurred_at) > make_interval(mins => ${FUNNEL_TIMED_MINUTES}::int) as long,
        string_agg(element || '@' || to_hex((extract(epoch from occurred_at - first_at) * 1000000)::bigint), '.'
          order by occurred_at) filter (where changed) as timed
      from changes group by day, session_id
    ),
    -- A path over the limit is cut after its last whole element and marked.
    paths as (
      select day, session_id, long, ${cutPathSql("steps")} as steps, ${cutPathSql("timed")} as timed
      from whole_paths
    )${keyed}
    ${arms.reduce((all, arm) => sql`${all}
    union all
    ${arm}`)}
  `
}

/**
 * The (dimension, key, sessions) rows of some funnel dimensions over [range.from, range.to]:
 * stored days of the "funnel" report (current version, `marked`) from the rollup, the days of
 * `rawWindows` not in it from raw events (computed once for all the dimensions), summed per
 * dimension and key.
 */
export function funnelPathRowsSql(
  dimensions: FunnelPathDimension[],
  marked: SqlFragment,
  rawWindows: DayWindow[],
  settings: ReportSettings
): SqlFragment {
  const rawPart = rawWindows.length
    ? sql`union all
      select dimension, key, value from (${funnelPathsDailySql(rawWindows, sql`day not in (${marked})`, settings, dimensions)}) raw_rows`
    : sql``
  return sql`
    select dimension, key, sum(value)::bigint as value from (
      select r.dimension, r.key, r.value::bigint as value from analytics_daily_rollup r
      -- "= any(array(...))": one descent of the unique index (day, report, dimension, key) per
      -- stored day; with "in (subquery)" the planner hashed the days and read the whole table.
      where r.day = any(array(${marked})) and r.report = 'funnel' and r.dimension in (${dimensions})
        and r.deleted_at is null
      ${rawPart}
    ) combined
    group by dimension, key
  `
}

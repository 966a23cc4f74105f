// SQL of the revenue-by-campaign/channel report (issue 16). Every figure drawn from events is a
// sum of per-day figures (visits are per report day, as the overview's sessions), so it is kept
// in the daily rollup as report "attribution" (`attributionDailySql`, run by the hourly job) and
// a range reads stored days from the rollup and only the others (today, days not rolled up yet)
// from raw events, like the overview. Leads are few and read raw.
//
// - A visit is a session within one report day (as the overview's sessions) or a cookieless
//   page view; it belongs to the channel and UTM values of its first event (the breakdowns'
//   channel rule).
// - An order is a purchase event, once per `order_id`: on the day of its first purchase event
//   (a resend on a later day does not count it again; an event without `order_id` is its own
//   order), attributed to the visit it belongs to (same session, same day). A purchase without a
//   session is attributed by its own row's UTM values and referrer when it has any (a cookieless
//   one), else to no group (key null, "unattributed": the plugin's server-side purchase for a
//   cart no browsing session touched is not known to be direct).
// - A lead is attributed by its first touch (`first_touch`, else the flat utm/referrer
//   columns): captured when created in the range, converted when `converted_at` is in it.
//
// Rollup rows: dimension `<group>:<figure>` for each group (channel, utm_campaign, utm_source,
// utm_medium) and figure (sessions, converted_sessions, orders, revenue_cents), key the group's
// value ('' for none: a key is never empty otherwise, every value is trimmed and '' made null).
//
// Every value is a binding (the `sql` tag of analytics-reports.ts).

import { ATTRIBUTION_GROUPS, type AttributionGroup } from "../../../../lib/analytics/attribution"
import type { ReportSettings } from "../../types/analytics"
import {
  channelInputsSql,
  channelOfInputsSql,
  type DayWindow,
  inWindow,
  inWindows,
  raw,
  reportRowsSql,
  sql,
  type SqlFragment,
} from "./analytics-reports"

const KEY_MAX = 500

/** The group key of a row with columns ch_medium, ch_source, ch_host, utm_source, utm_medium, utm_campaign. */
function groupKey(groupBy: AttributionGroup, settings: ReportSettings): SqlFragment {
  if (groupBy === "channel") {
    return channelOfInputsSql(undefined, settings.channelHosts)
  }
  // A constant from the closed enum, never input.
  return raw(`nullif(btrim(${groupBy}), '')`)
}

/** The host of a URL expression, lower-cased, without "www."; '' when it has no scheme. */
function hostOf(expression: string): SqlFragment {
  return raw(`regexp_replace(lower(split_part(split_part(${expression}, '://', 2), '/', 1)), '^www[.]', '')`)
}

/** A lead's first-touch field: the `first_touch` JSON when the lead has one, else its column. */
function touch(field: string): string {
  return `(case when l.first_touch is not null then l.first_touch->>'${field}' else l.${field} end)`
}

/** The inputs `groupKey` reads, from the event columns of `alias`. */
function channelInputs(alias: string): SqlFragment {
  return sql`${channelInputsSql(alias)},
    left(${raw(`${alias}.utm_source`)}, ${KEY_MAX}) as utm_source,
    left(${raw(`${alias}.utm_medium`)}, ${KEY_MAX}) as utm_medium,
    left(${raw(`${alias}.utm_campaign`)}, ${KEY_MAX}) as utm_campaign`
}

/** The rollup figures of each group, per day. */
const FIGURES = ["sessions", "converted_sessions", "orders", "revenue_cents"] as const

function dimension(group: AttributionGroup, figure: (typeof FIGURES)[number]): string {
  return `${group}:${figure}`
}

/** Fragments joined by a separator (the separator is a constant of this file). */
function joined(fragments: SqlFragment[], separator: string): SqlFragment {
  return fragments.reduce((all, fragment) => sql`${all}${raw(separator)}${fragment}`)
}

/** Each group's key of a row with the columns `channelInputs` gives, as k_<group>. */
function groupKeys(settings: ReportSettings): SqlFragment {
  return joined(
    ATTRIBUTION_GROUPS.map((group) => sql`${groupKey(group, settings)} as ${raw(`k_${group}`)}`),
    ", "
  )
}

/**
 * Per report day of the windows (and `dayFilter`, on the column `day`), the rows
 * (day, dimension, key, value) of every group's visits, converted visits, orders and revenue in
 * cents: the rollup's "attribution" report (DAILY_SQL in analytics-reports.ts).
 */
export function attributionDailySql(windows: DayWindow[], dayFilter: SqlFragment, settings: ReportSettings): SqlFragment {
  const timeZone = windows[0].timeZone
  const orderKey = (group: AttributionGroup) => {
    const k = raw(`k_${group}`)
    return sql`case when o.session_id is not null then v.${k} when o.has_source then o.${k} else null end as ${k}`
  }
  const figure = (group: AttributionGroup, name: (typeof FIGURES)[number]) => {
    const k = raw(`k_${group}`)
    const dim = dimension(group, name)
    switch (name) {
      case "sessions":
        return sql`select day, ${dim} as dimension, coalesce(${k}, '') as key, count(*)::bigint as value
          from visits group by day, ${k}`
      case "converted_sessions":
        return sql`select day, ${dim}, coalesce(${k}, ''), count(distinct session_id)::bigint
          from attributed_orders where session_id is not null group by day, ${k}`
      case "orders":
        return sql`select day, ${dim}, coalesce(${k}, ''), count(*)::bigint from attributed_orders group by day, ${k}`
      case "revenue_cents":
        return sql`select day, ${dim}, coalesce(${k}, ''), round(coalesce(sum(value), 0) * 100)::bigint
          from attributed_orders group by day, ${k}`
    }
  }
  return sql`
    with ev as (
      select * from (
        select e.id, e.occurred_at, e.event_name, e.session_id, e.order_id, e.value,
          e.utm_medium, e.utm_source, e.utm_campaign, e.referrer, e.url,
          to_char(e.occurred_at at time zone cast(${timeZone} as text), 'YYYY-MM-DD') as day,
          (e.consent_analytics = false and e.event_name = 'page_view') as cookieless_view
        from "event" e
        where e.deleted_at is null and e.is_bot = false and ${inWindows("e.occurred_at", windows)}
      ) scoped
      where ${dayFilter}
    ),
    -- A visit's first event: one sort, and the channel inputs (regular expressions on the
    -- referrer and the URL) computed per visit, not per event.
    first_events as (
      (select distinct on (day, session_id) day, session_id, utm_medium, utm_source, utm_campaign, referrer, url
      from ev where session_id is not null
      order by day, session_id, occurred_at, id)
      union all
      select day, null, utm_medium, utm_source, utm_campaign, referrer, url
      from ev where session_id is null and cookieless_view
    ),
    -- Materialized: inlined, the host expression would be evaluated once per use in the
    -- channel rules (about eight times per visit).
    visit_inputs as materialized (
      select f.day, f.session_id, ${channelInputs("f")} from first_events f
    ),
    visits as (
      select day, session_id, ${groupKeys(settings)} from visit_inputs
    ),
    -- An order on the day of its first purchase event (indexed on order_id).
    orders as (
      select distinct on (coalesce(o.order_id, o.id)) o.*
      from ev o
      where o.event_name = 'purchase'
        and (o.order_id is null or not exists (
          select 1 from "event" p
          where p.order_id = o.order_id and p.event_name = 'purchase' and p.deleted_at is null and p.is_bot = false
            and (p.occurred_at < o.occurred_at or (p.occurred_at = o.occurred_at and p.id < o.id))))
      order by coalesce(o.order_id, o.id), o.occurred_at, o.id
    ),
    order_inputs as materialized (
      select o.day, o.session_id, o.value, ${channelInputs("o")} from orders o
    ),
    order_keys as (
      select day, session_id, value, (ch_medium <> '' or ch_source <> '' or ch_host <> '') as has_source,
        ${groupKeys(settings)}
      from order_inputs
    ),
    attributed_orders as (
      select o.day, o.session_id, o.value, ${joined(ATTRIBUTION_GROUPS.map(orderKey), ", ")}
      from order_keys o
      left join visits v on v.session_id = o.session_id and v.day = o.day
    )
    ${joined(
      ATTRIBUTION_GROUPS.flatMap((group) => FIGURES.map((name) => figure(group, name))),
      "\n    union all\n    "
    )}
  `
}

/**
 * One row per group (the top `limit` by revenue, orders, visits, leads, then key) with
 * `is_total = false`, and one `is_total = true` row summing every group. The event figures are
 * the rollup's "attribution" rows over the range (stored days, and `rawWindows` read from raw
 * events: `reportRowsSql`); the lead figures are read from the leads.
 */
export function attributionSql(
  range: DayWindow,
  rawWindows: DayWindow[],
  groupBy: AttributionGroup,
  settings: ReportSettings,
  limit: number
): SqlFragment {
  const key = groupKey(groupBy, settings)
  const leadReferrer = hostOf(touch("referrer"))
  const leadLanding = hostOf(touch("landing_page"))
  const sumOf = (name: (typeof FIGURES)[number]) =>
    sql`coalesce(sum(value) filter (where dimension = ${dimension(groupBy, name)}), 0)`
  return sql`
    with summed as (${reportRowsSql("attribution", range, rawWindows, settings)}),
    event_parts as (
      select nullif(key, '') as key, ${sumOf("sessions")} as sessions,
        ${sumOf("converted_sessions")} as converted_sessions, ${sumOf("orders")} as orders,
        ${sumOf("revenue_cents")} / 100.0 as revenue
      from summed
      where dimension in (${FIGURES.map((name) => dimension(groupBy, name))})
      group by nullif(key, '')
    ),
    lead_inputs as materialized (
      select l.created_at, l.converted_at, l.conversion_value,
        lower(btrim(coalesce(${raw(touch("utm_medium"))}, ''))) as ch_medium,
        lower(btrim(coalesce(${raw(touch("utm_source"))}, ''))) as ch_source,
        (case when ${leadReferrer} is distinct from ${leadLanding} then coalesce(${leadReferrer}, '') else '' end) as ch_host,
        left(${raw(touch("utm_source"))}, ${KEY_MAX}) as utm_source,
        left(${raw(touch("utm_medium"))}, ${KEY_MAX}) as utm_medium,
        left(${raw(touch("utm_campaign"))}, ${KEY_MAX}) as utm_campaign
      from lead l
      where l.deleted_at is null
        and ((${inWindow("l.created_at", range)}) or (${inWindow("l.converted_at", range)}))
    ),
    leads as (
      select ${key} as key,
        (${inWindow("created_at", range)}) as captured,
        (converted_at is not null and ${inWindow("converted_at", range)}) as converted,
        conversion_value
      from lead_inputs
    ),
    parts as (
      select key, sessions, converted_sessions, orders, revenue,
        0 as leads_captured, 0 as leads_converted, 0::numeric as lead_conversion_value
      from event_parts
      union all
      select key, 0, 0, 0, 0::numeric, count(*) filter (where captured), count(*) filter (where converted),
        coalesce(sum(conversion_value) filter (where converted), 0)
      from leads group by key
    ),
    grouped as (
      select key, sum(sessions) as sessions, sum(converted_sessions) as converted_sessions, sum(orders) as orders,
        sum(revenue) as revenue, sum(leads_captured) as leads_captured, sum(leads_converted) as leads_converted,
        sum(lead_conversion_value) as lead_conversion_value
      from parts group by key
    ),
    ranked as (
      select *, row_number() over (
        order by revenue desc, orders desc, sessions desc, leads_captured desc, key collate "C" nulls last) as rank
      from grouped
    )
    select false as is_total, key, sessions, converted_sessions, orders, revenue, leads_captured, leads_converted,
      lead_conversion_value, rank
    from ranked where rank <= ${limit}
    union all
    select true, null, sum(sessions), sum(converted_sessions), sum(orders), coalesce(sum(revenue), 0),
      sum(leads_captured), sum(leads_converted), coalesce(sum(lead_conversion_value), 0), null
    from grouped
    order by is_total, rank
  `
}

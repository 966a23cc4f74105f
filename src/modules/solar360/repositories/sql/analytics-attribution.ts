// SQL of the revenue-by-campaign/channel report (issue 16), read from raw events and leads over
// a range capped by the route (ATTRIBUTION_MAX_DAYS): visits are grouped per session, which the
// daily rollup (one dimension per row) cannot give.
//
// - A visit is a session within one report day (as the overview's sessions) or a cookieless
//   page view; it belongs to the channel and UTM values of its first event (the breakdowns'
//   channel rule).
// - An order is a purchase event, once per `order_id` (its first event; an event without one
//   is its own order), attributed to the visit it belongs to (same session, same day). A
//   purchase without a session is attributed by its own row's UTM values and referrer when it
//   has any (a cookieless one), else to no group (key null, "unattributed": the plugin's
//   server-side purchase for a cart no browsing session touched is not known to be direct).
// - A lead is attributed by its first touch (`first_touch`, else the flat utm/referrer
//   columns): captured when created in the range, converted when `converted_at` is in it.
//
// Every value is a binding (the `sql` tag of analytics-reports.ts).

import type { AttributionGroup } from "../../../../lib/analytics/attribution"
import type { ReportSettings } from "../../types/analytics"
import { channelSql, type DayWindow, externalReferrerHost, raw, sql, type SqlFragment } from "./analytics-reports"

const KEY_MAX = 500

/** `column` within the calendar days of the window (a range the BRIN/btree indexes can use). */
function inRange(column: string, range: DayWindow): SqlFragment {
  return sql`${raw(column)} >= (cast(${range.from} as date)::timestamp at time zone cast(${range.timeZone} as text))
    and ${raw(column)} < ((cast(${range.to} as date) + 1)::timestamp at time zone cast(${range.timeZone} as text))`
}

/** The group key of a row with columns ch_medium, ch_source, ch_host, utm_source, utm_medium, utm_campaign. */
function groupKey(groupBy: AttributionGroup, settings: ReportSettings): SqlFragment {
  if (groupBy === "channel") {
    return channelSql(raw("ch_medium"), raw("ch_source"), raw("ch_host"), settings.channelHosts)
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
  return sql`lower(btrim(coalesce(${raw(`${alias}.utm_medium`)}, ''))) as ch_medium,
    lower(btrim(coalesce(${raw(`${alias}.utm_source`)}, ''))) as ch_source,
    ${externalReferrerHost(alias)} as ch_host,
    left(${raw(`${alias}.utm_source`)}, ${KEY_MAX}) as utm_source,
    left(${raw(`${alias}.utm_medium`)}, ${KEY_MAX}) as utm_medium,
    left(${raw(`${alias}.utm_campaign`)}, ${KEY_MAX}) as utm_campaign`
}

/**
 * One row per group (the top `limit` by revenue, orders, visits, leads, then key) with
 * `is_total = false`, and one `is_total = true` row summing every group.
 */
export function attributionSql(
  range: DayWindow,
  groupBy: AttributionGroup,
  settings: ReportSettings,
  limit: number
): SqlFragment {
  const key = groupKey(groupBy, settings)
  const leadReferrer = hostOf(touch("referrer"))
  const leadLanding = hostOf(touch("landing_page"))
  return sql`
    with ev as (
      select e.id, e.occurred_at, e.event_name, e.session_id, e.order_id, e.value,
        e.utm_medium, e.utm_source, e.utm_campaign, e.referrer, e.url,
        to_char(e.occurred_at at time zone cast(${range.timeZone} as text), 'YYYY-MM-DD') as day,
        (e.consent_analytics = false and e.event_name = 'page_view') as cookieless_view
      from "event" e
      where e.deleted_at is null and e.is_bot = false and ${inRange("e.occurred_at", range)}
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
      select day, session_id, ${key} as key from visit_inputs
    ),
    orders as (
      select distinct on (coalesce(order_id, id)) *
      from ev where event_name = 'purchase'
      order by coalesce(order_id, id), occurred_at, id
    ),
    order_inputs as materialized (
      select o.day, o.session_id, o.value, ${channelInputs("o")} from orders o
    ),
    attributed_orders as (
      select o.day, o.session_id, o.value,
        case
          when o.session_id is not null then v.key
          when ch_medium <> '' or ch_source <> '' or ch_host <> '' then ${key}
          else null
        end as key
      from order_inputs o
      left join visits v on v.session_id = o.session_id and v.day = o.day
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
        and ((${inRange("l.created_at", range)}) or (${inRange("l.converted_at", range)}))
    ),
    leads as (
      select ${key} as key,
        (${inRange("created_at", range)}) as captured,
        (converted_at is not null and ${inRange("converted_at", range)}) as converted,
        conversion_value
      from lead_inputs
    ),
    parts as (
      select key, count(*) as sessions, 0 as converted_sessions, 0 as orders, 0::numeric as revenue,
        0 as leads_captured, 0 as leads_converted, 0::numeric as lead_conversion_value
      from visits group by key
      union all
      select key, 0, count(distinct (day, session_id)) filter (where session_id is not null), count(*),
        coalesce(sum(value), 0), 0, 0, 0
      from attributed_orders group by key
      union all
      select key, 0, 0, 0, 0, count(*) filter (where captured), count(*) filter (where converted),
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

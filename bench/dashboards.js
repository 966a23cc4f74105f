#!/usr/bin/env node
// `npm run bench:dashboards`: each admin dashboard's route on the demo store, over HTTP. Starts
// its own PostgreSQL (or uses DATABASE_URL), the plugin in a real Medusa server (`medusa start`,
// one process, scheduled jobs off), seeds the demo store (scripts/seed-demo.ts, which also runs
// the analytics rollups as the hourly job would), logs in as the server's admin, then calls each
// route once to warm up and BENCH_REPEAT times (default 5) and prints the median and the slowest,
// for a 30-day window ending today and a 365-day one. Asserts only that each route answers 200.
// os.loadavg() is printed beside the figures: the machine may be shared.
const os = require("os")
const { provideDatabase } = require("../scripts/lib/database")
const { startMedusaServer } = require("../scripts/lib/medusa-server")

const REPEAT = Number(process.env.BENCH_REPEAT || 5)

const day = (date) => date.toISOString().slice(0, 10)
const daysBefore = (n) => day(new Date(Date.now() - n * 86_400_000))

/** Each dashboard's requests (the admin pages' own queries), for a window of `days` days. */
function routes(days) {
  const from = daysBefore(days - 1)
  const to = daysBefore(0)
  const compareFrom = daysBefore(2 * days - 1)
  const compareTo = daysBefore(days)
  const interval = days > 90 ? "week" : "day"
  const range = `from=${from}&to=${to}`
  const cartRange = `from=${daysBefore(Math.min(days, 92) - 1)}&to=${to}`
  return {
    "analytics time series + comparison": `/admin/solar360/analytics/timeseries?${range}&interval=${interval}&compare_from=${compareFrom}&compare_to=${compareTo}`,
    "analytics breakdowns": `/admin/solar360/analytics/breakdowns?${range}`,
    "analytics overview report": `/admin/solar360/analytics/overview?${range}`,
    "analytics funnel": `/admin/solar360/analytics/funnel?${range}`,
    "analytics funnel, by channel": `/admin/solar360/analytics/funnel?${range}&breakdown=channel`,
    "analytics funnel, 1-hour window, by channel (paths + timed paths)": `/admin/solar360/analytics/funnel?${range}&window=1h&breakdown=channel`,
    "attribution by channel": `/admin/solar360/analytics/attribution?${range}&group_by=channel`,
    "attribution by campaign": `/admin/solar360/analytics/attribution?${range}&group_by=utm_campaign`,
    // Carts are read from Medusa's cart module, at most 92 days (the page shows a year's last 92).
    "cart abandonment (at most 92 days)": `/admin/solar360/analytics/cart-abandonment?${cartRange}`,
    "abandoned carts list (at most 92 days)": `/admin/solar360/analytics/abandoned-carts?${cartRange}&limit=20`,
    "catalog report": `/admin/solar360/catalog-analytics?${range}`,
    "Helio metrics": `/admin/solar360/helio/metrics?from=${from}T00:00:00-03:00&to=${to}T23:59:59-03:00`,
    "Helio time series": `/admin/solar360/helio/metrics/timeseries?${range}&interval=${interval}`,
    "financing funnel": `/admin/solar360/financing-simulations/funnel?${range}`,
    "viability distribution": `/admin/solar360/solar-viability-analyses/distribution?${range}`,
    "caches time series": `/admin/solar360/caches/timeseries?${range}&interval=${interval}`,
    "lead funnel": `/admin/solar360/leads/funnel?created_at[$gte]=${from}T00:00:00-03:00&created_at[$lte]=${to}T23:59:59-03:00`,
    "data health (no window)": `/admin/solar360/health`,
  }
}

async function time(server, path) {
  const started = performance.now()
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } })
  await response.arrayBuffer()
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}`)
  }
  return performance.now() - started
}

async function main() {
  const database = await provideDatabase({ database: "solar360_bench_dashboards" })
  let server
  try {
    server = await startMedusaServer({
      databaseUrl: database.env.DATABASE_URL,
      name: "solar360_bench_dashboards",
      env: { SOLAR360_DISABLED_JOBS: "*" },
    })
    let started = Date.now()
    await server.exec("./scripts/seed-demo.ts")
    const [{ events }] = await server.query("select count(*)::int as events from event")
    console.log(`demo store seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${events} events; load ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`)
    // How much the demo's sessions repeat their paths (what the funnel's rollup reads: docs/scaling.md).
    const [paths] = await server.query(`
      select (select count(*)::int from analytics_daily_rollup where report = 'funnel' and dimension = 'path') as path_rows,
        (select coalesce(sum(value), 0)::int from analytics_daily_rollup where report = 'funnel' and dimension = 'path') as session_days,
        (select count(distinct key)::int from analytics_daily_rollup where report = 'funnel' and dimension = 'path') as distinct_paths`)
    console.log(`funnel rollup: ${paths.session_days} session-days took ${paths.path_rows} (day, path) rows, ${paths.distinct_paths} distinct paths`)
    const lines = ["| dashboard route | 30d median | 30d max | 365d median | 365d max |", "|---|---:|---:|---:|---:|"]
    const windows = [routes(30), routes(365)]
    for (const name of Object.keys(windows[0])) {
      const cells = []
      for (const paths of windows) {
        await time(server, paths[name])
        const runs = []
        for (let i = 0; i < REPEAT; i++) {
          runs.push(await time(server, paths[name]))
        }
        runs.sort((a, b) => a - b)
        cells.push(runs[Math.floor(runs.length / 2)].toFixed(0), runs[runs.length - 1].toFixed(0))
      }
      lines.push(`| ${name} | ${cells.join(" | ")} |`)
    }
    console.log(`\nroute times in ms over HTTP (median and max of ${REPEAT}), load ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}:\n${lines.join("\n")}`)
  } finally {
    if (server) await server.close()
    await database.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

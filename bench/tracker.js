#!/usr/bin/env node
// `npm run bench:tracker`: the events per second a storefront page with the tracker sustains
// against one server. Starts its own PostgreSQL (or uses DATABASE_URL), the plugin in a real
// Medusa server (`medusa start`, one process), Debian's Chromium and the test page from
// integration-tests/browser/page. In the page, events are tracked as fast as the tracker's
// bounded queue takes them (it holds at most 1,000; the loop waits when it is 90% full) for
// BENCH_SECONDS (default 20), then the queue drains; the figure is stored events over the whole
// time. It runs twice in the same run: with the tracker's default batching, and with one event
// per request (the baseline a page without a batching client gets), and prints the ratio. The
// stored rows are counted in PostgreSQL, so a lost or duplicated event shows. Asserts nothing.
const { provideDatabase } = require("../scripts/lib/database")
const { startStorefrontRig } = require("../scripts/lib/browser-rig")

const SECONDS = Number(process.env.BENCH_SECONDS || 20)

async function measure(rig, label, options) {
  const page = await rig.open({ consent: { analytics: true }, ...options })
  const result = await page.evaluate(async ({ seconds, label }) => {
    const tracker = window.solar360.tracker
    const started = performance.now()
    let tracked = 0
    while (performance.now() - started < seconds * 1000) {
      if (tracker.pending.queued < 900) {
        tracker.track(`bench_${label}`, "engagement", { properties: { n: tracked } })
        tracked += 1
      } else {
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    }
    const tracking = performance.now() - started
    while (tracker.pending.queued > 0) {
      await tracker.flush()
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    return { tracked, dropped: tracker.pending.dropped, trackingMs: tracking, totalMs: performance.now() - started }
  }, { seconds: SECONDS, label })
  const [{ stored, distinct }] = await rig.server.query(
    "select count(*)::int as stored, count(distinct message_id)::int as distinct from event where event_name = $1",
    [`bench_${label}`]
  )
  await page.close()
  const perSecond = stored / (result.totalMs / 1000)
  console.log(
    `${label.padEnd(9)} ${String(result.tracked).padStart(7)} tracked, ${String(stored).padStart(7)} stored (${distinct} distinct, ${result.dropped} dropped) in ${(result.totalMs / 1000).toFixed(1)} s: ${perSecond.toFixed(0)} events/s`
  )
  return perSecond
}

async function main() {
  const database = await provideDatabase({ database: "solar360_bench_tracker" })
  let rig
  try {
    rig = await startStorefrontRig({ databaseUrl: database.env.DATABASE_URL, name: "solar360_bench_tracker" })
    console.log(`tracker against one medusa start process, ${SECONDS} s of tracking per run`)
    // Warm-up: the server's first requests compile and cache more than later ones.
    await measure(rig, "warmup", { flushIntervalMs: 200 })
    const batched = await measure(rig, "batched", {})
    const single = await measure(rig, "single", { maxBatchItems: 1, flushAt: 1 })
    console.log(`ratio batched / one event per request: ${(batched / single).toFixed(2)}`)
  } finally {
    if (rig) await rig.close()
    await database.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

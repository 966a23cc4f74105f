// `npm run seed:demo` (and `npm run dev -- --demo`): a realistic demo store on an empty
// database, through Medusa's core workflows and the plugin's own services and workflows.
// Deterministic (fixed faker seed; dates relative to the day of the run) and idempotent: the
// demo sales channel is the marker, and a second run says so and writes nothing.
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SOLAR360_MODULE, type Solar360ModuleService } from "../src/modules/solar360"
import { seedAnalytics } from "./demo/analytics"
import { seedCaches, seedCalculators } from "./demo/calculators"
import { seedCarts } from "./demo/carts"
import { createCatalog, createCustomers, createOrders, createStoreBasics, DEMO_SALES_CHANNEL } from "./demo/core"
import { seedHelio } from "./demo/helio"
import { seedLeads } from "./demo/leads"
import { createDemoRandom, DEMO_SEED } from "./demo/random"

export const DEMO_COUNTS = { customers: 20, orders: 15, leads: 60, conversations: 30 }

export type DemoSeedOutcome =
  | { seeded: true; seconds: number; summary: Record<string, number> }
  | { seeded: false; reason: "already_seeded" | "unfinished" | "not_empty"; message: string }

type Logger = { info(message: string): void; warn(message: string): void }

/** What is in the store already: the demo's marker, or other data the demo must not mix with. */
async function existingData(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const products = container.resolve(Modules.PRODUCT)
  const solar360: Solar360ModuleService = container.resolve(SOLAR360_MODULE)
  const [channel] = await salesChannels.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  const [, productCount] = await products.listAndCountProducts({}, { take: 1 })
  const [, leadCount] = await solar360.listAndCountLeads({}, { take: 1 })
  const [, eventCount] = await solar360.listAndCountEvents({}, { take: 1 })
  return { channel, productCount, leadCount, eventCount }
}

export async function seedDemoStore(container: MedusaContainer, logger: Logger, now: Date = new Date()): Promise<DemoSeedOutcome> {
  const existing = await existingData(container)
  const marker = (existing.channel?.metadata as any)?.solar360_demo
  if (existing.channel) {
    const unfinished = marker?.status !== "complete"
    const message = unfinished
      ? `A previous demo seed did not finish (sales channel "${DEMO_SALES_CHANNEL}" is marked "${marker?.status}"); nothing done. Start from an empty database (delete .data/postgres) to seed again.`
      : `Demo data already present (seeded ${marker.seeded_at}); nothing to do.`
    logger.info(message)
    return { seeded: false, reason: unfinished ? "unfinished" : "already_seeded", message }
  }
  if (existing.productCount || existing.leadCount || existing.eventCount) {
    const message =
      `The database is not empty (${existing.productCount} products, ${existing.leadCount} leads, ${existing.eventCount} events): ` +
      "the demo seeds an empty store only, nothing done."
    logger.warn(message)
    return { seeded: false, reason: "not_empty", message }
  }

  const started = Date.now()
  const random = createDemoRandom()
  // Midnight UTC of today: the last 60 whole days hold the browsing history.
  const anchor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const at = Date.now()
    const result = await work()
    logger.info(`  ${label} (${((Date.now() - at) / 1000).toFixed(1)} s)`)
    return result
  }
  logger.info(`Seeding the Solar360 demo store (seed ${DEMO_SEED})...`)

  const [operator] = await container.resolve(Modules.USER).listUsers({}, { take: 1, order: { created_at: "ASC" } })
  const operatorId = operator?.id ?? null
  const basics = await step("region, sales channel", () => createStoreBasics(container))
  const products = await step("products", () => createCatalog(container, basics.sales_channel_id))
  const customers = await step("customers", () => createCustomers(container, random, DEMO_COUNTS.customers))
  const caches = await step("ANEEL and pvlib caches", () => seedCaches(container, random, anchor))
  const analytics = await step("60 days of events and catalog logs, rollups", () => seedAnalytics(container, random, { anchor, products }))
  const leads = await step("leads", () =>
    seedLeads(container, random, { anchor, customers, orderingCustomers: DEMO_COUNTS.orders, sessions: analytics.sessions, count: DEMO_COUNTS.leads, operatorId })
  )
  const calculators = await step("viability analyses, financing simulations, roof analyses", () =>
    seedCalculators(container, random, { anchor, leads, sessions: analytics.sessions })
  )
  const helio = await step("Helio conversations", () =>
    seedHelio(container, random, { anchor, leads, products, operatorId, count: DEMO_COUNTS.conversations })
  )
  const orders = await step("orders (and their order.placed workflows)", () =>
    createOrders(container, random, { ...basics, customers, products, count: DEMO_COUNTS.orders })
  )
  // Last: its random draws come after every other part's, which stay as they were.
  const carts = await step("carts (abandoned and completed)", () =>
    seedCarts(container, random, { anchor, ...basics, customers, products, sessions: analytics.sessions })
  )

  const seconds = Math.round((Date.now() - started) / 100) / 10
  await container.resolve(Modules.SALES_CHANNEL).updateSalesChannels(basics.sales_channel_id, {
    metadata: { solar360_demo: { status: "complete", seeded_at: new Date().toISOString(), seed: DEMO_SEED } },
  })
  const summary = {
    products: products.length,
    customers: customers.length,
    orders: orders.length,
    carts: carts.carts,
    completed_carts: carts.completed,
    sessions: analytics.sessions.length,
    events: analytics.events,
    catalog_access_logs: analytics.logs,
    purchases: analytics.purchases,
    leads: leads.length,
    cache_entries: caches.entries,
    viability_analyses: calculators.viability,
    financing_simulations: calculators.financing,
    accepted_simulations: calculators.accepted,
    credit_analyses: calculators.credit,
    photogrammetry_analyses: calculators.photogrammetry,
    helio_conversations: helio.conversations,
    rag_queries: helio.queries,
    rag_queries_awaiting_review: helio.flagged,
  }
  logger.info(
    `Demo store seeded in ${seconds} s: ` +
      Object.entries(summary)
        .map(([name, count]) => `${count} ${name.replace(/_/g, " ")}`)
        .join(", ")
  )
  return { seeded: true, seconds, summary }
}

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await seedDemoStore(container, logger)
}

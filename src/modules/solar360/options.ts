import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { isValidTimeZone } from "../../lib/analytics/reports"
import { isDomainError } from "../../lib/errors"
import { resolveSolarAssumptions } from "../../lib/solar"
import { BRAZILIAN_STATES } from "../../lib/solar/hsp"
import { Solar360ErrorCode } from "./errors"

const ModelPriceOption = z
  .object({
    /** USD per million prompt (input) tokens not served from the provider's cache. */
    inputPerMillion: z.number().min(0),
    /** USD per million completion (output) tokens, reasoning tokens included. */
    outputPerMillion: z.number().min(0),
    /** USD per million cached prompt tokens; defaults to inputPerMillion. */
    cachedInputPerMillion: z.number().min(0).optional(),
    /** A label stored with each cost computed from this price, e.g. "openai-2026-10". */
    version: z.string().min(1).max(100),
  })
  .strict()

/** An admin user id (Medusa's `user_...`), as `assigned_to` stores it. */
const AssigneeOption = z.string().trim().min(1).max(200)

/**
 * Who gets a lead created without an assignee (store capture, manual create, import): every
 * user in turn, or the user of the lead's state (UF) with an optional fallback.
 */
const LeadAssignmentOption = z.discriminatedUnion("strategy", [
  z
    .object({
      strategy: z.literal("round_robin"),
      users: z.array(AssigneeOption).min(1).max(1000),
    })
    .strict(),
  z
    .object({
      strategy: z.literal("by_state"),
      byState: z
        .record(z.string(), AssigneeOption)
        .refine((map) => Object.keys(map).every((uf) => (BRAZILIAN_STATES as readonly string[]).includes(uf.toUpperCase())), {
          message: "byState keys must be Brazilian states (UF) such as SP",
        }),
      fallback: AssigneeOption.optional(),
    })
    .strict(),
])

const IofRatesOption = z
  .object({
    dailyRate: z.number().min(0).max(0.01),
    flatRate: z.number().min(0).max(0.1),
    maxDays: z.number().int().min(1).max(3650),
  })
  .strict()

/** Days a model's rows are kept; null = forever. */
const RetentionDaysOption = z.number().int().min(1).max(3650).nullable()

/** One per-client limit: at most `points` calls per `durationSeconds` window. */
const RateLimitRule = z
  .object({
    points: z.number().int().min(1).max(1_000_000),
    durationSeconds: z.number().int().min(1).max(7 * 24 * 60 * 60),
  })
  .strict()

/**
 * Default limits per client (a logged-in customer, else the day's hash of the IP address).
 * Each route that costs money or storage per call has one; see README "Security model".
 */
export const DEFAULT_RATE_LIMITS = {
  /** Roof lookups: a cache miss is a paid Google Solar call. */
  photogrammetryLookup: { points: 20, durationSeconds: 60 * 60 },
  /** Tariff look-ups: each distinct free-text value can be an ANEEL cache miss. */
  tariffs: { points: 60, durationSeconds: 60 },
  distributors: { points: 30, durationSeconds: 60 },
  /** Calculators: each call stores 20-65 KB for two years. */
  financingSimulations: { points: 60, durationSeconds: 60 * 60 },
  solarViabilityAnalyses: { points: 60, durationSeconds: 60 * 60 },
  /** Lead capture. */
  leads: { points: 10, durationSeconds: 60 * 60 },
} as const

export type RateLimitedRoute = keyof typeof DEFAULT_RATE_LIMITS
export type RateLimitRule = z.infer<typeof RateLimitRule>

/**
 * Plugin options, validated at boot. Every uncertain business constant is an option so a
 * store can correct it without a release; defaults follow docs/domain-reference.
 */
export const Solar360Options = z
  .object({
    /**
     * Per-client limits of the anonymous routes that cost money or storage per call (429 with
     * `Retry-After` beyond them). `store`: where the counters live: `memory` (one instance),
     * `postgres` (the plugin's database, shared by every instance) or `redis` (`redisUrl`,
     * needs the `ioredis` package). `routes`: a route's limit replaces its default.
     */
    rateLimits: z
      .object({
        enabled: z.boolean().default(true),
        store: z.enum(["memory", "postgres", "redis"]).default("memory"),
        redisUrl: z.string().url().optional(),
        routes: z
          .object(
            Object.fromEntries(
              Object.entries(DEFAULT_RATE_LIMITS).map(([route, rule]) => [route, RateLimitRule.default({ ...rule })])
            ) as { [route in RateLimitedRoute]: z.ZodDefault<typeof RateLimitRule> }
          )
          .strict()
          .prefault({}),
      })
      .strict()
      .refine((limits) => limits.store !== "redis" || limits.redisUrl !== undefined, {
        message: 'store "redis" needs redisUrl (e.g. "redis://localhost:6379")',
        path: ["redisUrl"],
      })
      .prefault({}),
    /** Days a retired daily IP salt is kept before deletion (then old hashes can't be linked). */
    ipSaltGraceDays: z.number().int().min(0).max(30).default(2),
    /** Country assumed for phone numbers written without a +country prefix. */
    defaultPhoneCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as BR")
      .default("BR"),
    /** Default time-to-live of cached pvlib responses. */
    pvlibCacheTtlDays: z.number().int().positive().default(7),
    /** Default time-to-live of cached ANEEL responses. */
    aneelCacheTtlDays: z.number().int().positive().default(30),
    /** Default time-to-live of roof analyses reused from the cache. */
    photogrammetryCacheTtlDays: z.number().int().positive().default(90),
    /** Base URL of ANEEL's CKAN open-data API. */
    aneelBaseUrl: z.string().url().default("https://dadosabertos.aneel.gov.br"),
    /** Base URL of the pvlib service the store runs (no public default exists). */
    pvlibBaseUrl: z.string().url().optional(),
    /** Base URL of Google's Solar API. */
    googleSolarBaseUrl: z
      .string()
      .url()
      .default("https://solar.googleapis.com"),
    /** Google Solar API key; photogrammetry lookups are disabled without one. */
    googleSolarApiKey: z.string().min(1).optional(),
    /** Lowest imagery quality accepted from Google Solar (Brazil often needs MEDIUM or BASE). */
    googleSolarRequiredQuality: z.enum(["HIGH", "MEDIUM", "LOW", "BASE"]).default("MEDIUM"),
    /** What one provider roof analysis costs (USD): each reuse saves this much. */
    photogrammetryCostUsd: z.number().min(0).default(10),
    /**
     * Most spent on Google Solar per UTC day (USD), counted as calls x photogrammetryCostUsd
     * across every instance; past it, lookups that would call Google answer 503
     * `solar360_upstream_budget_exhausted` (cache hits still answer). `null`: no cap.
     */
    googleSolarDailySpendCapUsd: z.number().min(0).nullable().default(100),
    /** ANEEL's CKAN resource holding the tariffs (Tarifas de Aplicação). */
    aneelTariffResourceId: z.string().min(1).default("fcf2906c-7c32-4b9b-a637-054e7a5234f4"),
    /** Give up on an external API call after this long (then serve stale or answer 504). */
    upstreamTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    /**
     * Upstream calls in flight at once per kind and instance (cache misses being fetched; a
     * miss shared by many callers counts once). Beyond it a miss is served stale when it can
     * be, else answered 503 `solar360_upstream_busy` at once: a hanging upstream then costs
     * a bounded number of sockets and never database connections.
     */
    upstreamConcurrency: z
      .object({
        aneel: z.number().int().min(1).max(1000).default(4),
        pvlib: z.number().int().min(1).max(1000).default(16),
        photogrammetry: z.number().int().min(1).max(1000).default(4),
      })
      .strict()
      .prefault({}),
    /** How long past expiry a cached answer may still be served when the upstream fails. */
    staleIfErrorHours: z.number().min(0).max(24 * 365).default(24 * 7),
    /** Time-to-live of cached "not found" answers. */
    negativeCacheTtlHours: z.number().min(0).max(24 * 90).default(6),
    /** Expired cache entries are deleted this long after expiry (kept meanwhile for stale serves). */
    cachePurgeGraceDays: z.number().int().min(0).max(365).default(14),
    /**
     * Maximum points per lead-score factor (partial: the rest keep their defaults
     * bill 30, interest 20, contact 20, taxId 10, touches 10, recency 10, rescaled to share
     * 100 points; and the behaviour factors returnVisits 10, simulations 10, roofLookups 5,
     * bonus points on top, the score capped at 100; 0 turns one off).
     */
    leadScoreWeights: z
      .object({
        bill: z.number().min(0).max(100),
        interest: z.number().min(0).max(100),
        contact: z.number().min(0).max(100),
        taxId: z.number().min(0).max(100),
        touches: z.number().min(0).max(100),
        recency: z.number().min(0).max(100),
        // Behaviour (bonus points; see docs/leads.md): the rescore-lead-behaviour job counts them.
        returnVisits: z.number().min(0).max(100),
        simulations: z.number().min(0).max(100),
        roofLookups: z.number().min(0).max(100),
      })
      .partial()
      .strict()
      .default({}),
    /**
     * The job that keeps the behaviour factors of the lead score current
     * (solar360-rescore-lead-behaviour): it looks at activity stored in the last
     * `lookbackHours` and re-scores at most `batchSize` leads per run.
     */
    leadBehaviour: z
      .object({
        lookbackHours: z.number().int().min(1).max(24 * 30).default(24),
        batchSize: z.number().int().min(1).max(10_000).default(500),
      })
      .strict()
      .prefault({}),
    /**
     * Data health (the admin's Data health page and the daily `solar360-check-data-health` job):
     * thresholds that raise an admin notification (Medusa's notification module, `feed`
     * channel), each null to turn it off. See docs/admin.md.
     */
    dataHealth: z
      .object({
        /** Rows a table may gain in one day, per table name; "*" for every other table. */
        maxRowsPerDay: z
          .record(z.string().min(1).max(63), z.number().int().min(1).nullable())
          .default({ event: 2_000_000, catalog_access_log: 1_000_000, "*": 200_000 }),
        /** A table whose last day passes this many times its average of the days before. */
        growthFactor: z.number().min(1).max(1000).nullable().default(3),
        growthBaselineDays: z.number().int().min(1).max(60).default(7),
        /** The assistant's cost of one day in US$ (off by default: every store's budget differs). */
        helioDailyBudgetUsd: z.number().min(0).nullable().default(null),
        /** An upstream's share of failed calls in a day (0-1), once it had `upstreamMinCalls`. */
        upstreamErrorRate: z.number().min(0).max(1).nullable().default(0.2),
        upstreamMinCalls: z.number().int().min(1).max(1_000_000).default(20),
        /** Send the alerts to the admin's notification feed (false: the page shows them only). */
        notify: z.boolean().default(true),
        /**
         * E-mail addresses the weekly digest goes to (Mondays, through the store's notification
         * provider for the `email` channel, template `solar360-weekly-digest`); empty: no e-mail,
         * the digest stays a download (GET /admin/solar360/health/digest?format=csv).
         */
        digestRecipients: z.array(z.email().max(320)).max(50).default([]),
      })
      .strict()
      .prefault({}),
    /** The operator's workspace: `assignment` rules for leads created without an assignee (off by default). */
    leads: z
      .object({
        assignment: LeadAssignmentOption.optional(),
      })
      .strict()
      .prefault({}),
    /** A lead whose score reaches this is `is_qualified`. */
    leadQualificationThreshold: z.number().min(0).max(100).default(60),
    /** How long a double opt-in link of a lead's consent stays valid. */
    leadConsentConfirmationTtlHours: z.number().min(1).max(24 * 30).default(72),
    /**
     * The storefront page that confirms a lead's consent (it posts the `token` query parameter
     * to POST /store/solar360/leads/consent/confirm); the confirmation event carries it with the token.
     */
    leadConsentConfirmationUrl: z
      .string()
      .url()
      .refine((url) => /^https?:\/\//i.test(url), "must be an http(s) URL")
      .optional(),
    /**
     * Request headers a trusted proxy/CDN sets with the visitor's location, e.g.
     * `{ country: "cf-ipcountry" }` behind Cloudflare. Off by default: a client could forge them.
     */
    geoHeaders: z
      .object({ country: z.string(), region: z.string(), city: z.string(), timezone: z.string() })
      .partial()
      .strict()
      .default({}),
    /** Analytics consent (LGPD): how an event or catalog log without a `consent` field counts. */
    analytics: z
      .object({
        /**
         * Off (default): an item without `consent` counts as consented, as before the field
         * existed. On: it counts as refused and is stored in the cookieless form.
         */
        requireConsent: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    /** Events whose corrected time is further ahead than this are rejected. */
    eventFutureToleranceHours: z.number().positive().max(168).default(23),
    /**
     * Events whose corrected time is further back than this are rejected: an offline queue
     * older than this is stale, and a far-future `sent_at` must not date events centuries back.
     */
    eventPastToleranceDays: z.number().int().min(1).max(3650).default(30),
    /**
     * How far back a product interaction still counts toward a cart or an order placed
     * with that product (`led_to_cart` / `led_to_purchase` on catalog access logs).
     */
    attributionWindowDays: z.number().int().min(1).max(365).default(30),
    /**
     * Co-viewed products consider at most this many products per session and day (the most
     * recently viewed): the pairs of one session grow with the square of its products.
     */
    coViewMaxProductsPerSession: z.number().int().min(2).max(500).default(50),
    /**
     * Extra referrer hosts for the channel groups of the analytics dashboard (issue 16), added
     * to the built-in lists of src/lib/analytics/channel.ts, e.g. `{ search: ["busca.uol.com.br"] }`.
     */
    channelHosts: z
      .object({
        search: z.array(z.string().min(1).max(200)).max(200),
        social: z.array(z.string().min(1).max(200)).max(200),
        email: z.array(z.string().min(1).max(200)).max(200),
      })
      .partial()
      .strict()
      .default({}),
    /** R$/kWh used to turn a stated consumption into a bill when scoring a lead. */
    leadScoreTariffBrlPerKwh: z.number().positive().default(0.95),
    /** IANA time zone whose calendar days the analytics reports and daily rollups use. */
    reportTimezone: z
      .string()
      .refine(isValidTimeZone, "must be an IANA time zone name such as America/Sao_Paulo")
      .default("America/Sao_Paulo"),
    /**
     * Financing simulations: IOF rates by person type (they change by decree), the terms
     * every simulation is compared with, and the limits beyond which input is refused.
     */
    financing: z
      .object({
        iofRates: z.object({ PF: IofRatesOption, PJ: IofRatesOption }).partial().strict().prefault({}),
        standardTermsMonths: z
          .array(z.number().int().min(1).max(420))
          .min(1)
          .max(40)
          .default([12, 24, 36, 48, 60, 72, 84, 96, 108, 120]),
        maxTermMonths: z.number().int().min(1).max(600).default(420),
        maxMonthlyRatePercent: z.number().positive().max(100).default(20),
      })
      .strict()
      // prefault, not default: zod 4 returns a default as is, without filling inner defaults.
      .prefault({}),
    /**
     * Overrides of the solar viability assumptions (docs/domain-reference defaults), e.g.
     * `{ cost_per_wp_brl: 3.2, tariff_inflation_annual: 0.05 }`. Checked at boot.
     */
    solarAssumptions: z
      .record(z.string(), z.any())
      .default({})
      .superRefine((overrides, ctx) => {
        try {
          resolveSolarAssumptions(overrides)
        } catch (error) {
          ctx.addIssue({ code: "custom", message: isDomainError(error) ? error.message : String(error) })
        }
      }),
    /**
     * How recent an accepted financing simulation (or a viability analysis) must be for an
     * order the customer places to be linked to it.
     */
    calculatorOrderWindowDays: z.number().int().min(1).max(365).default(30),
    /**
     * A cart with items, not completed, and untouched (cart and items) for this many hours is
     * abandoned in the cart abandonment report (docs/analytics.md#cart-abandonment).
     */
    cartAbandonmentHours: z.number().int().min(1).max(720).default(24),
    /**
     * Scheduled jobs of the plugin not to run on this server, by name (see README), or `["*"]`
     * for all: e.g. when another instance or an external scheduler runs them.
     */
    disabledJobs: z.array(z.string().min(1)).default([]),
    /**
     * How long personal data is kept (LGPD art. 15/16), per model, in days; `null` keeps a
     * model's rows forever. A daily job deletes what is past it (soft-deleted rows too), in
     * transactions of `chunkSize` rows. Helio content and conversations: `helio.*RetentionDays`;
     * API caches: their TTLs and `cachePurgeGraceDays`.
     */
    retention: z
      .object({
        /** Analytics events, by `occurred_at`. */
        eventsDays: RetentionDaysOption.default(400),
        /** Catalog access logs, by `occurred_at` (else `created_at`). */
        catalogAccessLogsDays: RetentionDaysOption.default(400),
        /** Helio RAG query rows (metrics kept after their content is blanked), by `created_at`. */
        ragQueriesDays: RetentionDaysOption.default(730),
        /** Converted or lost leads, counted from when they closed; open leads are kept. */
        leadsAfterClosedDays: RetentionDaysOption.default(730),
        /** Financing simulations, by `created_at`. */
        financingSimulationsDays: RetentionDaysOption.default(730),
        /** Solar viability analyses, by `created_at`. */
        solarViabilityAnalysesDays: RetentionDaysOption.default(730),
        /** Roof (photogrammetry) analyses, by `created_at`. */
        photogrammetryAnalysesDays: RetentionDaysOption.default(730),
        /** Rows deleted per statement and transaction: no long row locks. */
        chunkSize: z.number().int().min(100).max(10_000).default(1000),
      })
      .strict()
      .prefault({}),
    /** Helio (AI assistant) logging: privacy, retention, review and cost settings. */
    helio: z
      .object({
        /**
         * Store query text, prompts, responses and chunk text (redacted). Off = metrics only,
         * as the OpenTelemetry GenAI conventions require content capture to be switchable.
         */
        captureContent: z.boolean().default(true),
        /** Store query embedding vectors (large, rarely needed). */
        captureEmbeddings: z.boolean().default(false),
        /** Days content is kept before a job blanks it (numbers stay). */
        contentRetentionDays: z.number().int().min(1).max(3650).default(30),
        /** Days a conversation is kept: its `data_retention_until`. */
        conversationRetentionDays: z.number().int().min(1).max(3650).default(730),
        /** A query whose confidence is below this is flagged for human review. */
        reviewConfidenceThreshold: z.number().min(0).max(1).default(0.5),
        /** An active conversation without a message for this long becomes `abandoned`. */
        abandonAfterMinutes: z.number().int().min(1).max(10_080).default(30),
        /** How recent a conversation must be for the customer's order to be attributed to it. */
        orderWindowDays: z.number().int().min(1).max(365).default(7),
        /** Prices by model name (exact, else the longest prefix), for queries logged without a cost. */
        prices: z.record(z.string().min(1), ModelPriceOption).default({}),
      })
      .strict()
      .prefault({}),
  })
  // Unknown keys are almost always typos of a real option: refuse them loudly.
  .strict()

export type Solar360Options = z.infer<typeof Solar360Options>
export type Solar360OptionsInput = z.input<typeof Solar360Options>

/**
 * Parses raw options; throws an Error whose message names each bad option, so a
 * misconfigured store fails at boot with a sentence it can act on.
 */
export function parseSolar360Options(raw: unknown): Solar360Options {
  const result = Solar360Options.safeParse(withoutFrameworkKeys(raw))
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join(".")
    if (issue.code === "unrecognized_keys") {
      return `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`
    }
    return `option "${path}": ${issue.message}`
  })
  return invalidOptions(problems)
}

/**
 * Medusa adds its own keys to every module's options (the shared database connection and,
 * for some setups, index registrations); they are not the store's to set or ours to check.
 */
const FRAMEWORK_OPTION_KEYS = new Set(["database", "indexes"])

function withoutFrameworkKeys(raw: unknown): Record<string, unknown> {
  if (raw === null || raw === undefined) {
    return {}
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    invalidOptions(["options must be an object"])
  }
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter(
      ([key]) => !FRAMEWORK_OPTION_KEYS.has(key)
    )
  )
}

function invalidOptions(problems: string[]): never {
  throw new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    `medusa-plugin-solar360: invalid plugin options: ${problems.join("; ")}`,
    Solar360ErrorCode.INVALID_OPTIONS
  )
}

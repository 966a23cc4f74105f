/**
 * GENERATED FILE, do not edit: `npm run openapi` writes it from docs/openapi.json with
 * openapi-typescript (scripts/lib/openapi-types.js); `npm run openapi:check` and the unit test
 * src/client/__tests__/openapi-types.unit.spec.ts fail when it is stale.
 */

export interface paths {
    "/admin/solar360/analytics/abandoned-carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Abandoned carts created in a range, with value, e-mail, channel and last step seen */
        get: operations["getAdminSolar360AnalyticsAbandonedCarts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/analytics/attribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue and conversions by channel group or UTM value (visit attribution from the daily rollup, at most 400 days) */
        get: operations["getAdminSolar360AnalyticsAttribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/analytics/breakdowns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard breakdowns: pages, entry/exit pages, referrers, channels, UTM, geo, devices */
        get: operations["getAdminSolar360AnalyticsBreakdowns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/analytics/cart-abandonment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cart abandonment of the carts created in a range: rate, value, daily series, products */
        get: operations["getAdminSolar360AnalyticsCartAbandonment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/analytics/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions reaching each step of an event-name funnel, optionally within a conversion window and by a breakdown */
        get: operations["getAdminSolar360AnalyticsFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/analytics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Traffic overview of a range of calendar days */
        get: operations["getAdminSolar360AnalyticsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/analytics/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard time series per hour, day or week, with a comparison range and filters */
        get: operations["getAdminSolar360AnalyticsTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/caches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the external-API caches */
        get: operations["getAdminSolar360Caches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/caches/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caches' hits, calls avoided, stale serves, errors and money saved per day or week
         * @description `from`/`to` are UTC days (the counters are kept per UTC day), default the last 30, at most 366 days.
         */
        get: operations["getAdminSolar360CachesTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/caches/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Empty one cache (`aneel` or `pvlib`), or only its entries of `entry_kind` */
        delete: operations["deleteAdminSolar360CachesKind"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/catalog-access-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List catalog access logs */
        get: operations["getAdminSolar360CatalogAccessLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/catalog-access-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One catalog access log */
        get: operations["getAdminSolar360CatalogAccessLogsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/catalog-analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalog report: most viewed, conversion, searches, co-views, recommendations */
        get: operations["getAdminSolar360CatalogAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/customers/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the plugin holds about a customer, with one merged timeline
         * @description Leads, Helio conversations, financing simulations, viability and roof analyses, recent events and catalog activity (by the customer id and the anonymous ids of their leads and events, last 365 days), consent. Each data set is capped at `limit` rows, newest first.
         */
        get: operations["getAdminSolar360CustomersIdOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List analytics events */
        get: operations["getAdminSolar360Events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One analytics event */
        get: operations["getAdminSolar360EventsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/financing-simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List financing simulations */
        get: operations["getAdminSolar360FinancingSimulations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/financing-simulations/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The financing funnel: simulated, accepted, credit analysis, approved, ordered
         * @description Simulations created in `from`/`to` (calendar days in `reportTimezone`, default the last 30, at most 366 days), overall and by term and bank.
         */
        get: operations["getAdminSolar360FinancingSimulationsFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/financing-simulations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One financing simulation with its schedule and assumptions */
        get: operations["getAdminSolar360FinancingSimulationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/financing-simulations/{id}/credit-analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a move in the bank's credit analysis
         * @description pending -> analyzing -> approved | rejected; an approval stores the installment the server computes.
         */
        post: operations["postAdminSolar360FinancingSimulationsIdCreditAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data health: rows, size, growth, oldest row and retention due per table, with the threshold alerts */
        get: operations["getAdminSolar360Health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/health/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly digest: a week's headline figures beside the week before (JSON, or CSV with format=csv) */
        get: operations["getAdminSolar360HealthDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/helio/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Helio conversations */
        get: operations["getAdminSolar360HelioConversations"];
        put?: never;
        /**
         * Start a conversation (the assistant's logging)
         * @description Answers the conversation with `session_token`, shown only here: the assistant hands it to the storefront. An Idempotency-Key makes a retried start answer the same conversation (200).
         */
        post: operations["postAdminSolar360HelioConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/helio/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conversation with a page of its queries */
        get: operations["getAdminSolar360HelioConversationsId"];
        put?: never;
        /** Update status, summary, topics and flags of a conversation */
        post: operations["postAdminSolar360HelioConversationsId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/helio/conversations/{id}/queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log one RAG query, or a batch `{ queries: [...] }` (all-or-nothing)
         * @description 201 when something was logged, 200 when every query was a retry (its message_id already logged: reported duplicate).
         */
        post: operations["postAdminSolar360HelioConversationsIdQueries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/helio/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Helio metrics over conversations started in [from, to] */
        get: operations["getAdminSolar360HelioMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/helio/metrics/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Helio volume, rates, cost and latency per day or week over calendar days [from, to]
         * @description Days in the `reportTimezone` option, at most 400. Rates over an empty bucket are null. Also the range's totals, top topics and per-model tokens and cost.
         */
        get: operations["getAdminSolar360HelioMetricsTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/ingestion-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ingestion keys (never the key itself) */
        get: operations["getAdminSolar360IngestionKeys"];
        put?: never;
        /** Create an ingestion key (the key is shown only in this answer) */
        post: operations["postAdminSolar360IngestionKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/ingestion-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an ingestion key */
        post: operations["postAdminSolar360IngestionKeysIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List leads */
        get: operations["getAdminSolar360Leads"];
        put?: never;
        /** Create a lead by hand (phone call, walk-in): the store capture's validation and dedupe */
        post: operations["postAdminSolar360Leads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change status and/or assignee of many leads (funnel rules per lead, results per lead) */
        post: operations["postAdminSolar360LeadsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export leads as CSV (same filters as the list) */
        get: operations["getAdminSolar360LeadsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads per status and stage-to-stage conversion */
        get: operations["getAdminSolar360LeadsFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import leads from CSV: preview (dry_run) or write, per-row errors, dedupe */
        post: operations["postAdminSolar360LeadsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lead with its status history */
        get: operations["getAdminSolar360LeadsId"];
        put?: never;
        /** Update status (funnel rules apply), assignment and notes */
        post: operations["postAdminSolar360LeadsId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lead's consent history, newest first */
        get: operations["getAdminSolar360LeadsIdConsent"];
        put?: never;
        /** Record a consent statement (granted or withdrawn) */
        post: operations["postAdminSolar360LeadsIdConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge another lead into this one (history kept, the other soft-deleted) */
        post: operations["postAdminSolar360LeadsIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operators' notes on a lead, newest first */
        get: operations["getAdminSolar360LeadsIdNotes"];
        put?: never;
        /** Add a note to a lead (PII-redacted) */
        post: operations["postAdminSolar360LeadsIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/leads/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lead's timeline, newest first (touches, history, notes, browsing, calculators, Helio) */
        get: operations["getAdminSolar360LeadsIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/orders/{id}/attribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What brought an order: touches, leads, conversation, simulation, analyses */
        get: operations["getAdminSolar360OrdersIdAttribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/photogrammetry-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roof analyses and their reuse records */
        get: operations["getAdminSolar360PhotogrammetryAnalyses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/photogrammetry-analyses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One roof analysis with its planes and panel layout */
        get: operations["getAdminSolar360PhotogrammetryAnalysesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of data-subject exports and erasures */
        get: operations["getAdminSolar360PrivacyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/audit/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One audit record */
        get: operations["getAdminSolar360PrivacyAuditId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dry run of the data retention (deletes nothing) */
        get: operations["getAdminSolar360PrivacyRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the data retention now */
        post: operations["postAdminSolar360PrivacyRetentionRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is held about one person (identifiers in the URL: prefer POST .../search) */
        get: operations["getAdminSolar360PrivacySubjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/subjects/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymise or delete every row of one person (LGPD art. 18 VI), in one transaction */
        post: operations["postAdminSolar360PrivacySubjectsErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/subjects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export everything held about one person (download; identifiers in the URL) */
        get: operations["getAdminSolar360PrivacySubjectsExport"];
        put?: never;
        /** Export everything held about one person (download; identifiers in the body) */
        post: operations["postAdminSolar360PrivacySubjectsExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/privacy/subjects/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What is held about one person (identifiers in the body) */
        post: operations["postAdminSolar360PrivacySubjectsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/products/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's views, cart and purchase conversion, searches and co-viewed products
         * @description `days` (the last N days) or `from`/`to` (calendar days in `reportTimezone`), at most 366 days.
         */
        get: operations["getAdminSolar360ProductsIdAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/pvlib-yield": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The yield of a PV system, as the calculators get it */
        post: operations["postAdminSolar360PvlibYield"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/rag-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List RAG queries */
        get: operations["getAdminSolar360RagQueries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/rag-queries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One RAG query */
        get: operations["getAdminSolar360RagQueriesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/rag-queries/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Human review of an answer (LGPD art. 20) */
        post: operations["postAdminSolar360RagQueriesIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/solar-viability-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List solar viability analyses */
        get: operations["getAdminSolar360SolarViabilityAnalyses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/solar-viability-analyses/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * System sizes and paybacks of the viability analyses, by UF
         * @description Analyses created in `from`/`to` (calendar days in `reportTimezone`, default the last 30, at most 366 days); `state` keeps one UF.
         */
        get: operations["getAdminSolar360SolarViabilityAnalysesDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/solar-viability-analyses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One viability analysis with its cash flow and assumptions */
        get: operations["getAdminSolar360SolarViabilityAnalysesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Size and freshness of each of the plugin's data sets */
        get: operations["getAdminSolar360Stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/solar360/stats/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Size and freshness of one data set */
        get: operations["getAdminSolar360StatsEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/catalog-access-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch of catalog interactions
         * @description Answered per log exactly like POST /store/solar360/events.
         */
        post: operations["postStoreSolar360CatalogAccessLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/customers/me/financing-simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in customer's financing simulations, newest first */
        get: operations["getStoreSolar360CustomersMeFinancingSimulations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/customers/me/solar-viability-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in customer's viability analyses, newest first */
        get: operations["getStoreSolar360CustomersMeSolarViabilityAnalyses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/data-practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the store records, why, and on which LGPD basis */
        get: operations["getStoreSolar360DataPractices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/data-practices/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One data practice */
        get: operations["getStoreSolar360DataPracticesCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/distributors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributors with residential tariffs at ANEEL */
        get: operations["getStoreSolar360Distributors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a batch of analytics events
         * @description Each event is answered accepted, duplicate (its message_id was stored before) or rejected with a reason. When every event is rejected the answer is 400 with the same detail.
         */
        post: operations["postStoreSolar360Events"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/financing-simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute and save a financing simulation
         * @description 201 with the record and its resume token (shown only here: a guest keeps it to come back), or 200 when an Idempotency-Key replays an earlier request.
         */
        post: operations["postStoreSolar360FinancingSimulations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/financing-simulations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved financing simulation (its customer or resume token holder; else 404) */
        get: operations["getStoreSolar360FinancingSimulationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/financing-simulations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a financing simulation */
        post: operations["postStoreSolar360FinancingSimulationsIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/helio/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State and counters of the caller's own conversation (no content)
         * @description For its customer or the holder of its session token (x-resume-token); else 404.
         */
        get: operations["getStoreSolar360HelioConversationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/helio/conversations/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Satisfaction 1-5 and a comment for the whole conversation */
        post: operations["postStoreSolar360HelioConversationsIdFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a lead
         * @description Always 202 with a receipt, whether the capture created a lead or joined an open one: the answer never tells whether a contact is known.
         */
        post: operations["postStoreSolar360Leads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/leads/consent/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a consent statement (double opt-in link)
         * @description 400 for a malformed, forged, expired or already used token (each its own code), 404 when the lead is gone.
         */
        post: operations["postStoreSolar360LeadsConsentConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/photogrammetry/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The roof analysis of a point (cached or bought from the provider)
         * @description 404 when no roof is found or no provider can be asked; 502/503/504 when the provider fails or is busy. A fresh and a reused analysis answer the same.
         */
        post: operations["postStoreSolar360PhotogrammetryLookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/rag-queries/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thumbs up/down on one answer (down sends it to human review) */
        post: operations["postStoreSolar360RagQueriesIdFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/solar-viability-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run and save a solar viability analysis
         * @description 201 with the record and its resume token (shown only here), or 200 when an Idempotency-Key replays an earlier request. 502/504 when ANEEL, asked for the tariff, failed with nothing cached.
         */
        post: operations["postStoreSolar360SolarViabilityAnalyses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/solar-viability-analyses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved viability analysis (its customer or resume token holder; else 404) */
        get: operations["getStoreSolar360SolarViabilityAnalysesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/store/solar360/tariffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor's energy tariff (ANEEL open data, cached) */
        get: operations["getStoreSolar360Tariffs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Every stable error code the plugin answers in an error body's `code` (never renamed once released). Upstream failures: solar360_upstream_budget_exhausted, solar360_upstream_error, solar360_upstream_timeout, solar360_upstream_busy.
         * @enum {string}
         */
        Solar360ErrorCode: "photogrammetry_invalid_address" | "photogrammetry_invalid_coordinates" | "photogrammetry_invalid_response" | "photogrammetry_quality_too_low" | "solar360_approved_payment_mismatch" | "solar360_batch_too_large" | "solar360_distributor_not_found" | "solar360_events_rejected" | "solar360_invalid_approved_terms" | "solar360_invalid_credit_transition" | "solar360_invalid_funnel" | "solar360_invalid_ingestion_key" | "solar360_invalid_input" | "solar360_invalid_options" | "solar360_invalid_phone" | "solar360_invalid_range" | "solar360_invalid_state" | "solar360_lead_consent_token_expired" | "solar360_lead_consent_token_invalid" | "solar360_lead_consent_token_used" | "solar360_lead_contact_required" | "solar360_lead_csv_invalid" | "solar360_lead_merge_invalid" | "solar360_logs_rejected" | "solar360_not_found" | "solar360_photogrammetry_unavailable" | "solar360_rate_limited" | "solar360_rejection_reason_required" | "solar360_roof_not_found" | "solar360_subject_identifier_invalid" | "solar360_subject_identifier_required" | "solar360_tariff_not_found" | "solar360_upstream_budget_exhausted" | "solar360_upstream_busy" | "solar360_upstream_error" | "solar360_upstream_timeout";
        /**
         * @example {
         *       "receipt": {
         *         "id": "ltouch_01JQ...",
         *         "received_at": "2026-03-01T12:00:00.000Z"
         *       }
         *     }
         */
        StoreCaptureLeadResponse: {
            receipt: {
                id: string;
                /**
                 * Format: date-time
                 * @example 2026-03-01T12:00:00.000Z
                 */
                received_at: string;
            };
        };
        /**
         * @example {
         *       "type": "invalid_data",
         *       "code": "solar360_invalid_input",
         *       "message": "Invalid request: ..."
         *     }
         */
        Error: {
            type: string;
            code?: string;
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "consent": {
         *         "purpose": "marketing",
         *         "granted": true,
         *         "applied": true
         *       }
         *     }
         */
        StoreConfirmLeadConsentResponse: {
            consent: {
                /** @enum {string} */
                purpose: "marketing";
                granted: boolean;
                applied: boolean;
            };
        };
        /**
         * @example {
         *       "accepted": 2,
         *       "duplicates": 0,
         *       "rejected": []
         *     }
         */
        StoreIngestBatchResponse: {
            accepted: number;
            duplicates: number;
            rejected: components["schemas"]["BatchRejection"][];
        };
        BatchRejection: {
            index: number;
            code: string;
            message: string;
        };
        /**
         * @example {
         *       "type": "invalid_data",
         *       "code": "solar360_events_rejected",
         *       "message": "All 1 items were rejected",
         *       "accepted": 0,
         *       "duplicates": 0,
         *       "rejected": [
         *         {
         *           "index": 0,
         *           "code": "invalid_event",
         *           "message": "event_name: Required"
         *         }
         *       ]
         *     }
         */
        StoreIngestBatchRejected: {
            accepted: number;
            duplicates: number;
            rejected: components["schemas"]["BatchRejection"][];
            /** @enum {string} */
            type: "invalid_data";
            code: string;
            message: string;
        };
        StoreDataPracticesResponse: {
            language: string;
            data_practices: components["schemas"]["StoreDataPractice"][];
            ip_pseudonymisation: {
                /** @enum {boolean} */
                raw_ip_stored: false;
                method: string;
                salt_rotation: string;
                salt_deleted_after_days: number;
            };
            analytics_consent: components["schemas"]["StoreAnalyticsConsentPractice"];
        };
        /**
         * @example {
         *       "category": "lead",
         *       "purpose": "Contact the person about the quote they asked for",
         *       "legal_basis": "consent",
         *       "personal_fields": [
         *         "name",
         *         "email",
         *         "phone"
         *       ],
         *       "stores_ip_hash": true
         *     }
         */
        StoreDataPractice: {
            category: string;
            purpose: string;
            legal_basis: string;
            personal_fields: string[];
            stores_ip_hash: boolean;
        };
        StoreAnalyticsConsentPractice: {
            /** @enum {string} */
            consent_field: "consent";
            /** @enum {string} */
            missing_consent: "granted" | "refused";
            applies_to: ("event" | "catalog_access_log")[];
            description: string;
            dropped_fields: string[];
            query_string_removed_from: string[];
            identifiers_removed_from: string[];
            kept_fields: string[];
            /** @enum {string} */
            time_precision: "hour";
            /** @enum {boolean} */
            message_id_kept: true;
            retention_days: {
                event: number | null;
                catalog_access_log: number | null;
            };
            marketing_refused_drops: string[];
        };
        StoreDataPracticeResponse: {
            language: string;
            data_practice: components["schemas"]["StoreDataPractice"];
        };
        StoreTariffResponse: {
            tariff: components["schemas"]["StoreTariff"];
        };
        /**
         * @example {
         *       "te": 0.312345,
         *       "tusd": 0.456789,
         *       "total": 0.769134,
         *       "valid_from": "2025-05-28",
         *       "valid_to": null,
         *       "reh": "REH 3.456/2025",
         *       "distributor_acronym": "CEMIG-D",
         *       "distributor_cnpj": "06981180000116",
         *       "classification": {
         *         "subgroup": "B1",
         *         "modality": "Convencional",
         *         "class": "Residencial",
         *         "subclass": "Residencial",
         *         "detail": "Não se aplica",
         *         "posto": "Não se aplica"
         *       },
         *       "source": "aneel",
         *       "taxes_included": false,
         *       "cache": {
         *         "hit": true,
         *         "stale": false,
         *         "fetched_at": "2026-03-01T12:00:00.000Z",
         *         "expires_at": "2026-03-02T12:00:00.000Z"
         *       }
         *     }
         */
        StoreTariff: {
            te: number;
            tusd: number;
            total: number;
            valid_from: string;
            valid_to: string | null;
            reh: string | null;
            distributor_acronym: string;
            distributor_cnpj: string;
            classification: {
                [key: string]: string;
            };
            /** @enum {string} */
            source: "aneel";
            /** @enum {boolean} */
            taxes_included: false;
            cache: components["schemas"]["AneelCacheInfo"];
        };
        AneelCacheInfo: {
            hit: boolean;
            stale: boolean;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            fetched_at: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            expires_at: string;
        };
        StoreDistributorsResponse: {
            distributors: components["schemas"]["StoreDistributor"][];
            count: number;
            cache: components["schemas"]["AneelCacheInfo"];
        };
        /**
         * @example {
         *       "cnpj": "33050196000188",
         *       "acronym": "CEMIG-D",
         *       "former_acronyms": [],
         *       "latest_valid_from": "2025-05-28"
         *     }
         */
        StoreDistributor: {
            cnpj: string;
            acronym: string;
            former_acronyms: string[];
            latest_valid_from: string;
        };
        StoreCreateFinancingSimulationResponse: {
            financing_simulation: components["schemas"]["StoreFinancingSimulation"];
            resume_token: string | null;
        };
        /**
         * @example {
         *       "id": "finsim_01JQ...",
         *       "status": "simulated",
         *       "system_cost": 25000,
         *       "down_payment": 5000,
         *       "financing_amount": 20000,
         *       "term_months": 60,
         *       "interest_rate_monthly": 1.5,
         *       "monthly_payment": 507.87,
         *       "created_at": "2026-03-01T12:00:00.000Z"
         *     }
         */
        StoreFinancingSimulation: {
            id?: string;
            status?: string | null;
            person_type?: string | null;
            system_cost?: number | null;
            down_payment?: number | null;
            financing_amount?: number | null;
            term_months?: number | null;
            rate_input_period?: string | null;
            interest_rate_monthly?: number | null;
            interest_rate_annual?: number | null;
            monthly_payment?: number | null;
            total_interest?: number | null;
            total_paid?: number | null;
            cet_annual?: number | null;
            iof_amount?: number | null;
            fees?: unknown;
            fees_amount?: number | null;
            insurance_amount?: number | null;
            upfront_costs?: number | null;
            bank?: string | null;
            product?: string | null;
            was_approved?: boolean | null;
            accepted_by_customer?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            accepted_at?: string;
            customer_id?: string | null;
            quote_id?: string | null;
            schedule?: unknown;
            assumptions?: unknown;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        StoreFinancingSimulationResponse: {
            financing_simulation: components["schemas"]["StoreFinancingSimulation"];
        };
        StoreFinancingSimulationListResponse: {
            financing_simulations: components["schemas"]["StoreFinancingSimulation"][];
            count: number;
            offset: number;
            limit: number;
        };
        StoreCreateSolarViabilityAnalysisResponse: {
            solar_viability_analysis: components["schemas"]["StoreSolarViabilityAnalysis"];
            resume_token: string | null;
        };
        /**
         * @example {
         *       "id": "solvia_01JQ...",
         *       "state": "MG",
         *       "monthly_consumption_kwh": 450,
         *       "system_size_kwp": 3.85,
         *       "total_investment": 17325,
         *       "payback_years": 3.9,
         *       "is_viable": true,
         *       "created_at": "2026-03-01T12:00:00.000Z"
         *     }
         */
        StoreSolarViabilityAnalysis: {
            id?: string;
            monthly_consumption_kwh?: number | null;
            monthly_bill_brl?: number | null;
            tariff_kwh_brl?: number | null;
            utility_company?: string | null;
            state?: string | null;
            city?: string | null;
            connection_type?: string | null;
            system_size_kwp?: number | null;
            panel_count?: number | null;
            annual_generation_kwh?: number | null;
            total_investment?: number | null;
            monthly_savings_brl?: number | null;
            annual_savings_brl?: number | null;
            payback_months?: number | null;
            payback_years?: number | null;
            irr_percentage?: number | null;
            npv_brl?: number | null;
            is_viable?: boolean | null;
            viability_score?: number | null;
            recommendation?: string | null;
            financing_suggested?: boolean | null;
            risks?: unknown;
            opportunities?: unknown;
            cash_flow?: unknown;
            assumptions?: unknown;
            customer_id?: string | null;
            quote_id?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        StoreSolarViabilityAnalysisResponse: {
            solar_viability_analysis: components["schemas"]["StoreSolarViabilityAnalysis"];
        };
        StoreSolarViabilityAnalysisListResponse: {
            solar_viability_analyses: components["schemas"]["StoreSolarViabilityAnalysis"][];
            count: number;
            offset: number;
            limit: number;
        };
        StorePhotogrammetryLookupResponse: {
            analysis: components["schemas"]["StorePhotogrammetryAnalysis"];
        };
        StorePhotogrammetryAnalysis: {
            id?: string;
            latitude?: number | null;
            longitude?: number | null;
            roof_planes?: unknown;
            orientation?: string | null;
            azimuth_degrees?: number | null;
            tilt_degrees?: number | null;
            recommended_panel_count?: number | null;
            recommended_system_size_kwp?: number | null;
            panel_layout?: unknown;
            max_panel_count?: number | null;
            panel_capacity_watts?: number | null;
            annual_energy_dc_kwh?: number | null;
            annual_energy_ac_kwh?: number | null;
            provider?: string | null;
            status?: string | null;
            imagery_quality?: string | null;
            imagery_date?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        StoreHelioConversationResponse: {
            conversation: components["schemas"]["StoreHelioConversation"];
        };
        StoreHelioConversation: {
            id?: string;
            status?: string | null;
            channel?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            started_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            ended_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            last_message_at?: string;
            message_count?: number | null;
            user_message_count?: number | null;
            helio_message_count?: number | null;
            satisfaction_score?: number | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            satisfaction_at?: string;
            issue_resolved?: boolean | null;
            escalated_to_human?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "hconv_01JQ...",
         *       "satisfaction": 5
         *     }
         */
        StoreHelioConversationFeedbackResponse: {
            id: string;
            satisfaction: number;
        };
        /**
         * @example {
         *       "id": "ragq_01JQ...",
         *       "user_feedback": "positive"
         *     }
         */
        StoreRagQueryFeedbackResponse: {
            id: string;
            /** @enum {string} */
            user_feedback: "positive" | "negative";
        };
        AdminLeadListResponse: {
            leads: components["schemas"]["AdminLead"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "lead_01JQ...",
         *       "name": "Maria Souza",
         *       "email": "maria@example.com",
         *       "interest_type": "solar",
         *       "status": "new",
         *       "score": 40,
         *       "created_at": "2026-03-01T12:00:00.000Z"
         *     }
         */
        AdminLead: {
            id?: string;
            name?: string | null;
            email?: string | null;
            phone?: string | null;
            company?: string | null;
            interest_type?: string | null;
            /** @enum {string|null} */
            status?: "new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost" | null;
            score?: number | null;
            is_qualified?: boolean | null;
            assigned_to?: string | null;
            utm_source?: string | null;
            utm_medium?: string | null;
            utm_campaign?: string | null;
            touch_count?: number | null;
            customer_id?: string | null;
            order_id?: string | null;
            conversion_value?: number | null;
            consent_marketing?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            consent_at?: string;
            status_history?: unknown[] | null;
            consent_history?: unknown[] | null;
            touches?: unknown[] | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        /** @example id,created_at,status,... */
        AdminLeadExportCsv: string;
        AdminLeadFunnelResponse: {
            counts: {
                [key: string]: number;
            };
            lost_at_stage: {
                [key: string]: number;
            };
            steps: {
                from: string;
                to: string;
                reached_from: number;
                reached_to: number;
                rate: number | null;
            }[];
            overall: {
                total: number;
                converted: number;
                lost: number;
                conversion_rate: number | null;
                win_rate: number | null;
            };
            filters: {
                [key: string]: unknown;
            };
        };
        AdminLeadResponse: {
            lead: components["schemas"]["AdminLead"];
        };
        AdminLeadConsentListResponse: {
            consent_changes: components["schemas"]["AdminLeadConsentChange"][];
            count: number;
            offset: number;
            limit: number;
        };
        AdminLeadConsentChange: {
            id?: string;
            lead_id?: string | null;
            purpose?: string | null;
            granted?: boolean | null;
            channel?: string | null;
            source?: string | null;
            terms_version?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            occurred_at?: string;
            recorded_by?: string | null;
            note?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminRecordLeadConsentResponse: {
            lead: components["schemas"]["AdminLeadConsentState"];
            consent_change: components["schemas"]["AdminLeadConsentChange"];
            applied: boolean;
        };
        AdminLeadConsentState: {
            id?: string;
            consent_marketing?: boolean | null;
            consent_terms_version?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            consent_at?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "evt_01JQ...",
         *           "type": "page_view",
         *           "occurred_at": "2026-03-01T12:00:00.000Z",
         *           "summary": "Viewed Kits solares",
         *           "data": {
         *             "event_name": "page_view",
         *             "path": "/kits"
         *           }
         *         }
         *       ],
         *       "links": {
         *         "customer_id": null,
         *         "order_id": null,
         *         "helio_conversation_ids": [],
         *         "financing_simulation_ids": [
         *           "fsim_01JQ..."
         *         ],
         *         "solar_viability_analysis_ids": [],
         *         "photogrammetry_analysis_ids": []
         *       },
         *       "next_before": null
         *     }
         */
        AdminLeadTimelineResponse: {
            items: {
                id: string;
                /** @enum {string} */
                type: "touch" | "status_change" | "consent_change" | "note" | "page_view" | "event" | "catalog_access" | "financing_simulation" | "solar_viability_analysis" | "photogrammetry_analysis" | "helio_conversation";
                /**
                 * Format: date-time
                 * @example 2026-03-01T12:00:00.000Z
                 */
                occurred_at: string;
                summary: string;
                data: {
                    [key: string]: unknown;
                };
            }[];
            links: {
                customer_id: string | null;
                order_id: string | null;
                helio_conversation_ids: string[];
                financing_simulation_ids: string[];
                solar_viability_analysis_ids: string[];
                photogrammetry_analysis_ids: string[];
            };
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            next_before: string;
        };
        AdminCreateLeadResponse: {
            lead: components["schemas"]["AdminLead"];
            deduplicated: boolean;
        };
        AdminBulkUpdateLeadsResponse: {
            results: ({
                id: string;
                /** @enum {boolean} */
                ok: true;
            } | {
                id: string;
                /** @enum {boolean} */
                ok: false;
                code: string;
                message: string;
            })[];
        };
        AdminImportLeadsResponse: {
            dry_run: boolean;
            summary: {
                rows: number;
                create: number;
                update: number;
                invalid: number;
            };
            rows: {
                row: number;
                /** @enum {string} */
                action: "create" | "update" | "invalid";
                lead_id?: string;
                match?: {
                    lead_id: string | null;
                    /** @enum {string} */
                    by: "email" | "phone" | "cpf_cnpj";
                    row?: number;
                };
                errors?: {
                    field: string;
                    message: string;
                }[];
            }[];
            unknown_columns: string[];
        };
        AdminLeadNoteListResponse: {
            notes: components["schemas"]["AdminLeadNote"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "lnote_01JQ...",
         *       "lead_id": "lead_01JQ...",
         *       "body": "Called back, wants a visit on Friday",
         *       "author_id": "user_01JQ..."
         *     }
         */
        AdminLeadNote: {
            id?: string;
            lead_id?: string | null;
            body?: string | null;
            author_id?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminLeadNoteResponse: {
            note: components["schemas"]["AdminLeadNote"];
        };
        AdminEventListResponse: {
            events: components["schemas"]["AdminEvent"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "evt_01JQ...",
         *       "event_name": "page_view",
         *       "category": "navigation",
         *       "path": "/",
         *       "is_bot": false
         *     }
         */
        AdminEvent: {
            id?: string;
            message_id?: string | null;
            event_name?: string | null;
            category?: string | null;
            action?: string | null;
            label?: string | null;
            value?: number | null;
            session_id?: string | null;
            anonymous_id?: string | null;
            customer_id?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            occurred_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            received_at?: string;
            path?: string | null;
            referrer?: string | null;
            device_type?: string | null;
            browser?: string | null;
            os?: string | null;
            country?: string | null;
            is_bot?: boolean | null;
            consent_analytics?: boolean | null;
            utm_source?: string | null;
            utm_medium?: string | null;
            utm_campaign?: string | null;
            product_id?: string | null;
            order_id?: string | null;
            order_value?: number | null;
            properties?: unknown;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminEventResponse: {
            event: components["schemas"]["AdminEvent"];
        };
        AdminCatalogAccessLogListResponse: {
            catalog_access_logs: components["schemas"]["AdminCatalogAccessLog"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "cal_01JQ...",
         *       "action_type": "view",
         *       "product_id": "prod_01JQ...",
         *       "is_bot": false
         *     }
         */
        AdminCatalogAccessLog: {
            id?: string;
            message_id?: string | null;
            action_type?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            occurred_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            received_at?: string;
            product_id?: string | null;
            sku?: string | null;
            product_name?: string | null;
            category?: string | null;
            brand?: string | null;
            price_brl?: number | null;
            search_term?: string | null;
            search_results_count?: number | null;
            led_to_cart?: boolean | null;
            led_to_quote?: boolean | null;
            led_to_purchase?: boolean | null;
            recommendation_source?: string | null;
            was_recommended?: boolean | null;
            applied_filters?: unknown;
            customer_id?: string | null;
            session_id?: string | null;
            anonymous_id?: string | null;
            device_type?: string | null;
            is_bot?: boolean | null;
            consent_analytics?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminCatalogAccessLogResponse: {
            catalog_access_log: components["schemas"]["AdminCatalogAccessLog"];
        };
        AdminAnalyticsOverviewResponse: {
            range: components["schemas"]["ReportRange"];
            totals: {
                page_views: number;
                unique_visitors: number;
                sessions: number;
                events: number;
            };
            bounce: {
                sessions_with_page_view: number;
                bounced_sessions: number;
                bounce_rate: number;
            };
            top_pages: {
                path: string;
                page_views: number;
            }[];
            top_referrers: {
                referrer: string;
                page_views: number;
            }[];
            utm: {
                source: {
                    value: string;
                    sessions: number;
                }[];
                medium: {
                    value: string;
                    sessions: number;
                }[];
                campaign: {
                    value: string;
                    sessions: number;
                }[];
            };
            devices: {
                device_type: string;
                visitors: number;
            }[];
            browsers: {
                browser: string;
                visitors: number;
            }[];
            events_per_category: {
                [key: string]: number;
            };
        };
        /**
         * @example {
         *       "from": "2026-02-01",
         *       "to": "2026-03-02",
         *       "days": 30,
         *       "time_zone": "America/Sao_Paulo"
         *     }
         */
        ReportRange: {
            from: string;
            to: string;
            days: number;
            time_zone: string;
        };
        AdminAnalyticsFunnelResponse: {
            range: components["schemas"]["ReportRange"];
            window_minutes: number | null;
            steps: {
                step: number;
                name: string;
                sessions: number;
                conversion_from_previous: number;
                conversion_from_start: number;
                drop_off: number;
            }[];
            overall_conversion: number;
            /** @enum {string} */
            breakdown_by?: "channel" | "referrer" | "utm_source" | "utm_medium" | "utm_campaign" | "device" | "browser" | "os" | "country" | "region" | "entry_page";
            breakdown?: {
                key: string | null;
                other: boolean;
                steps: {
                    step: number;
                    name: string;
                    sessions: number;
                    conversion_from_previous: number;
                    conversion_from_start: number;
                    drop_off: number;
                }[];
                overall_conversion: number;
            }[];
        };
        AdminAnalyticsTimeseriesResponse: {
            range: components["schemas"]["ReportRange"];
            /** @enum {string} */
            interval: "hour" | "day" | "week";
            filters: {
                [key: string]: string;
            };
            buckets: {
                bucket: string;
                from: string;
                to: string;
                visitors: number;
                sessions: number;
                page_views: number;
                events: number;
                conversions: number;
                revenue: number;
                bounced_sessions: number;
                sessions_with_page_view: number;
            }[];
            totals: {
                visitors: number;
                sessions: number;
                page_views: number;
                events: number;
                conversions: number;
                revenue: number;
                bounced_sessions: number;
                sessions_with_page_view: number;
                bounce_rate: number;
            };
            comparison: {
                range: components["schemas"]["ReportRange"];
                buckets: {
                    bucket: string;
                    from: string;
                    to: string;
                    visitors: number;
                    sessions: number;
                    page_views: number;
                    events: number;
                    conversions: number;
                    revenue: number;
                    bounced_sessions: number;
                    sessions_with_page_view: number;
                }[];
                totals: {
                    visitors: number;
                    sessions: number;
                    page_views: number;
                    events: number;
                    conversions: number;
                    revenue: number;
                    bounced_sessions: number;
                    sessions_with_page_view: number;
                    bounce_rate: number;
                };
            } | null;
        };
        AdminAnalyticsBreakdownsResponse: {
            range: components["schemas"]["ReportRange"];
            filters: {
                [key: string]: string;
            };
            geo_configured: boolean;
            breakdowns: {
                pages: {
                    key: string;
                    value: number;
                }[];
                entry_pages: {
                    key: string;
                    value: number;
                }[];
                exit_pages: {
                    key: string;
                    value: number;
                }[];
                referrers: {
                    key: string;
                    value: number;
                }[];
                channels: {
                    key: string;
                    value: number;
                }[];
                utm_sources: {
                    key: string;
                    value: number;
                }[];
                utm_mediums: {
                    key: string;
                    value: number;
                }[];
                utm_campaigns: {
                    key: string;
                    value: number;
                }[];
                countries: {
                    key: string;
                    value: number;
                }[];
                regions: {
                    key: string;
                    value: number;
                }[];
                devices: {
                    key: string;
                    value: number;
                }[];
                browsers: {
                    key: string;
                    value: number;
                }[];
                os: {
                    key: string;
                    value: number;
                }[];
            };
        };
        AdminAnalyticsAttributionResponse: {
            range: components["schemas"]["ReportRange"];
            /** @enum {string} */
            group_by: "channel" | "utm_campaign" | "utm_source" | "utm_medium";
            rows: {
                key: string | null;
                sessions: number;
                converted_sessions: number;
                orders: number;
                revenue: number;
                leads_captured: number;
                leads_converted: number;
                lead_conversion_value: number;
                conversion_rate: number;
                revenue_per_session: number;
            }[];
            totals: {
                sessions: number;
                converted_sessions: number;
                orders: number;
                revenue: number;
                leads_captured: number;
                leads_converted: number;
                lead_conversion_value: number;
                conversion_rate: number;
                revenue_per_session: number;
            };
        };
        AdminCatalogAnalyticsResponse: {
            range: components["schemas"]["ReportRange"];
            totals: {
                product_views: number;
                searches: number;
                failed_searches: number;
            };
            most_viewed: {
                product_id: string;
                product_name: string | null;
                views: number;
            }[];
            best_conversion: {
                product_id: string;
                product_name: string | null;
                views: number;
                carts: number;
                purchases: number;
                conversions: number;
                conversion_rate: number;
                cart_rate: number;
                purchase_rate: number;
            }[];
            searches: {
                popular: {
                    term: string;
                    searches: number;
                }[];
                failed: {
                    term: string;
                    searches: number;
                }[];
            };
            co_viewed: {
                product_ids: string[];
                product_names: (string | null)[];
                sessions: number;
            }[];
            recommendations: {
                source: string;
                views: number;
                carts: number;
                purchases: number;
                cart_rate: number;
                purchase_rate: number;
            }[];
        };
        AdminCartAbandonmentResponse: {
            range: components["schemas"]["ReportRange"];
            currency_code: string;
            window_hours: number;
            totals: {
                carts_with_items: number;
                active: number;
                completed: number;
                recovered: number;
                abandoned: number;
                abandonment_rate: number;
                recovery_rate: number;
                abandoned_value: number;
                completed_value: number;
            };
            days: {
                day: string;
                carts_with_items: number;
                completed: number;
                abandoned: number;
                abandoned_value: number;
            }[];
            top_products: {
                product_id: string;
                title: string | null;
                carts: number;
                quantity: number;
                value: number;
            }[];
        };
        AdminAbandonedCartListResponse: {
            range: components["schemas"]["ReportRange"];
            currency_code: string;
            window_hours: number;
            carts: components["schemas"]["AdminAbandonedCart"][];
            count: number;
            offset: number;
            limit: number;
        };
        AdminAbandonedCart: {
            id: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            last_activity_at: string;
            email: string | null;
            customer_id: string | null;
            currency_code: string;
            items_count: number;
            quantity: number;
            value: number;
            channel: string | null;
            session_id: string | null;
            utm_source: string | null;
            utm_medium: string | null;
            utm_campaign: string | null;
            last_step: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            last_step_at: string;
        };
        AdminFinancingSimulationListResponse: {
            financing_simulations: components["schemas"]["AdminFinancingSimulation"][];
            count: number;
            offset: number;
            limit: number;
        };
        AdminFinancingSimulation: {
            id?: string;
            status?: string | null;
            person_type?: string | null;
            system_cost?: number | null;
            down_payment?: number | null;
            financing_amount?: number | null;
            term_months?: number | null;
            rate_input_period?: string | null;
            interest_rate_monthly?: number | null;
            interest_rate_annual?: number | null;
            monthly_payment?: number | null;
            total_interest?: number | null;
            total_paid?: number | null;
            cet_annual?: number | null;
            iof_amount?: number | null;
            fees?: unknown;
            fees_amount?: number | null;
            insurance_amount?: number | null;
            upfront_costs?: number | null;
            bank?: string | null;
            product?: string | null;
            was_approved?: boolean | null;
            accepted_by_customer?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            accepted_at?: string;
            customer_id?: string | null;
            quote_id?: string | null;
            schedule?: unknown;
            assumptions?: unknown;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
            submitted_to_bank?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            submitted_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            analysis_started_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            decided_at?: string;
            rejection_reason?: string | null;
            approved_amount?: number | null;
            approved_term_months?: number | null;
            approved_rate_annual?: number | null;
            approved_monthly_payment?: number | null;
            contract_id?: string | null;
            order_id?: string | null;
            bank_requirements?: unknown;
        } & {
            [key: string]: unknown;
        };
        AdminFinancingSimulationResponse: {
            financing_simulation: components["schemas"]["AdminFinancingSimulation"];
        };
        AdminSolarViabilityAnalysisListResponse: {
            solar_viability_analyses: components["schemas"]["AdminSolarViabilityAnalysis"][];
            count: number;
            offset: number;
            limit: number;
        };
        AdminSolarViabilityAnalysis: {
            id?: string;
            monthly_consumption_kwh?: number | null;
            monthly_bill_brl?: number | null;
            tariff_kwh_brl?: number | null;
            utility_company?: string | null;
            state?: string | null;
            city?: string | null;
            connection_type?: string | null;
            system_size_kwp?: number | null;
            panel_count?: number | null;
            annual_generation_kwh?: number | null;
            total_investment?: number | null;
            monthly_savings_brl?: number | null;
            annual_savings_brl?: number | null;
            payback_months?: number | null;
            payback_years?: number | null;
            irr_percentage?: number | null;
            npv_brl?: number | null;
            is_viable?: boolean | null;
            viability_score?: number | null;
            recommendation?: string | null;
            financing_suggested?: boolean | null;
            risks?: unknown;
            opportunities?: unknown;
            cash_flow?: unknown;
            assumptions?: unknown;
            customer_id?: string | null;
            quote_id?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
            order_id?: string | null;
            alternative_scenarios?: unknown;
            financing_options?: unknown;
            next_steps?: unknown;
        } & {
            [key: string]: unknown;
        };
        AdminSolarViabilityAnalysisResponse: {
            solar_viability_analysis: components["schemas"]["AdminSolarViabilityAnalysis"];
        };
        AdminFinancingFunnelResponse: {
            range: components["schemas"]["ReportRange"];
            steps: components["schemas"]["AdminFinancingFunnelStep"][];
            by_term: {
                term_months: number;
                steps: components["schemas"]["AdminFinancingFunnelStep"][];
            }[];
            by_bank: {
                bank: string | null;
                steps: components["schemas"]["AdminFinancingFunnelStep"][];
            }[];
        };
        AdminFinancingFunnelStep: {
            /** @enum {string} */
            step: "simulated" | "accepted" | "credit_analysis" | "approved" | "ordered";
            count: number;
            value: number;
            rate_from_previous: number;
            rate_from_start: number;
        };
        AdminViabilityDistributionResponse: {
            range: components["schemas"]["ReportRange"];
            size_buckets: {
                label: string;
                min: number;
                max: number | null;
            }[];
            payback_buckets: {
                label: string;
                min: number;
                max: number | null;
            }[];
            total: components["schemas"]["AdminViabilityDistributionRow"];
            by_state: components["schemas"]["AdminViabilityDistributionRow"][];
        };
        AdminViabilityDistributionRow: {
            state: string | null;
            count: number;
            avg_system_size_kwp: number | null;
            avg_payback_years: number | null;
            system_size: number[];
            payback: number[];
            no_payback: number;
        };
        AdminPhotogrammetryAnalysisListResponse: {
            photogrammetry_analyses: components["schemas"]["AdminPhotogrammetryAnalysis"][];
            count: number;
            offset: number;
            limit: number;
        };
        AdminPhotogrammetryAnalysis: {
            id?: string;
            address?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            city?: string | null;
            state?: string | null;
            orientation?: string | null;
            recommended_panel_count?: number | null;
            recommended_system_size_kwp?: number | null;
            annual_energy_ac_kwh?: number | null;
            provider?: string | null;
            status?: string | null;
            imagery_quality?: string | null;
            cost_usd?: number | null;
            cache_hit?: boolean | null;
            cache_level?: string | null;
            cache_source_id?: string | null;
            times_reused?: number | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            expires_at?: string;
            customer_id?: string | null;
            quote_id?: string | null;
            roof_planes?: unknown;
            panel_layout?: unknown;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminPhotogrammetryAnalysisResponse: {
            photogrammetry_analysis: components["schemas"]["AdminPhotogrammetryAnalysis"];
        };
        AdminHelioConversationListResponse: {
            conversations: components["schemas"]["AdminHelioConversation"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "hconv_01JQ...",
         *       "status": "active",
         *       "channel": "web",
         *       "message_count": 4
         *     }
         */
        AdminHelioConversation: {
            id?: string;
            title?: string | null;
            summary?: string | null;
            status?: string | null;
            channel?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            started_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            ended_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            last_message_at?: string;
            message_count?: number | null;
            user_message_count?: number | null;
            helio_message_count?: number | null;
            avg_response_time_ms?: number | null;
            satisfaction_score?: number | null;
            issue_resolved?: boolean | null;
            led_to_purchase?: boolean | null;
            topics?: unknown;
            primary_topic?: string | null;
            escalated_to_human?: boolean | null;
            escalation_reason?: string | null;
            total_tokens_used?: number | null;
            total_cost_usd?: number | null;
            customer_id?: string | null;
            session_id?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminStartHelioConversationResponse: {
            conversation: components["schemas"]["AdminHelioConversation"];
            session_token: string | null;
        };
        AdminHelioConversationDetailResponse: {
            conversation: components["schemas"]["AdminHelioConversation"];
            queries: components["schemas"]["AdminRagQuery"][];
            queries_count: number;
            queries_offset: number;
            queries_limit: number;
        };
        AdminRagQuery: {
            id?: string;
            message_id?: string | null;
            conversation_id?: string | null;
            query_text?: string | null;
            query_language?: string | null;
            query_type?: string | null;
            llm_model?: string | null;
            prompt_tokens?: number | null;
            completion_tokens?: number | null;
            total_tokens?: number | null;
            estimated_cost_usd?: number | null;
            total_response_time_ms?: number | null;
            user_feedback?: string | null;
            reviewed_by_human?: boolean | null;
            review_outcome?: string | null;
            review_notes?: string | null;
            flagged_for_review?: boolean | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminHelioConversationResponse: {
            conversation: components["schemas"]["AdminHelioConversation"];
        };
        AdminLogRagQueryResponse: {
            rag_query: components["schemas"]["AdminRagQuery"];
            duplicate: boolean;
        };
        AdminLogRagQueriesBatchResponse: {
            conversation_id: string;
            accepted: number;
            duplicates: number;
            results: {
                message_id: string | null;
                id: string | null;
                duplicate: boolean;
            }[];
        };
        AdminHelioMetricsResponse: {
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            to: string;
            conversations: {
                total: number;
                completed: number;
                abandoned: number;
                issue_resolved: number;
                escalated_to_human: number;
                led_to_purchase: number;
                order_value_sum: number;
                satisfaction_avg: number | null;
                total_cost_usd: number;
                hallucinations: number;
                errors: number;
                resolved_issue_count: number;
            };
            metrics: {
                completion_rate: number | null;
                resolution_rate: number | null;
                escalation_rate: number | null;
                conversion_rate: number | null;
                revenue_per_conversation: number | null;
                cost_per_conversation: number | null;
                cost_per_resolved_issue: number | null;
                hallucination_rate: number | null;
                error_rate: number | null;
                average_satisfaction: number | null;
            };
            response_time_ms: {
                p50: number | null;
                p95: number | null;
                answers_timed: number;
            };
            top_topics: {
                topic: string;
                conversations: number;
            }[];
            models: {
                llm_model: string;
                queries: number;
                prompt_tokens: number;
                completion_tokens: number;
                cached_tokens: number;
                reasoning_tokens: number;
                total_tokens: number;
                cost_usd: number | null;
                queries_without_cost: number;
            }[];
        };
        AdminHelioTimeseriesResponse: {
            from: string;
            to: string;
            /** @enum {string} */
            interval: "day" | "week";
            time_zone: string;
            buckets: {
                bucket: string;
                conversations: number;
                completed: number;
                abandoned: number;
                resolved: number;
                resolved_any: number;
                escalated: number;
                converted: number;
                cost_usd: number;
                queries: number;
                latency_p50_ms: number | null;
                latency_p95_ms: number | null;
                completion_rate: number | null;
                resolution_rate: number | null;
                escalation_rate: number | null;
                conversion_rate: number | null;
                cost_per_conversation_usd: number | null;
                cost_per_resolved_conversation_usd: number | null;
            }[];
            totals: {
                conversations: number;
                completed: number;
                abandoned: number;
                resolved: number;
                resolved_any: number;
                escalated: number;
                converted: number;
                cost_usd: number;
                queries: number;
                latency_p50_ms: number | null;
                latency_p95_ms: number | null;
                completion_rate: number | null;
                resolution_rate: number | null;
                escalation_rate: number | null;
                conversion_rate: number | null;
                cost_per_conversation_usd: number | null;
                cost_per_resolved_conversation_usd: number | null;
            };
            top_topics: {
                topic: string;
                conversations: number;
            }[];
            models: {
                llm_model: string;
                queries: number;
                prompt_tokens: number;
                completion_tokens: number;
                cached_tokens: number;
                reasoning_tokens: number;
                total_tokens: number;
                cost_usd: number;
                queries_without_cost: number;
            }[];
        };
        AdminRagQueryListResponse: {
            rag_queries: components["schemas"]["AdminRagQuery"][];
            count: number;
            offset: number;
            limit: number;
        };
        AdminRagQueryResponse: {
            rag_query: components["schemas"]["AdminRagQuery"];
        };
        AdminIngestionKeyListResponse: {
            ingestion_keys: components["schemas"]["AdminIngestionKey"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "s360ikey_01JQ...",
         *       "title": "Helio production",
         *       "redacted": "s360ik_****abcd",
         *       "revoked_at": null
         *     }
         */
        AdminIngestionKey: {
            id?: string;
            title?: string | null;
            redacted?: string | null;
            scope?: string | null;
            created_by?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            revoked_at?: string;
            revoked_by?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            last_used_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        AdminCreateIngestionKeyResponse: {
            ingestion_key: components["schemas"]["AdminIngestionKey"];
            key: string;
        };
        AdminIngestionKeyResponse: {
            ingestion_key: components["schemas"]["AdminIngestionKey"];
        };
        AdminDataSubjectSummaryResponse: {
            subject: {
                leads: {
                    id: string;
                    matched_by: string[];
                }[];
            } & {
                [key: string]: unknown;
            };
            models: {
                [key: string]: {
                    count: number;
                    /**
                     * Format: date-time
                     * @example 2026-03-01T12:00:00.000Z
                     */
                    first_at: string;
                    /**
                     * Format: date-time
                     * @example 2026-03-01T12:00:00.000Z
                     */
                    last_at: string;
                    matched_by: {
                        [key: string]: number;
                    };
                } | {
                    /** @enum {number} */
                    count: 0;
                    /** @enum {boolean} */
                    personal_data: false;
                };
            };
            total: number;
        };
        AdminDataSubjectExport: {
            models: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "erasure": {
         *         "audit_id": "pvaudit_01JQ...",
         *         "mode": "anonymise",
         *         "counts": {
         *           "lead": 1,
         *           "event": 12
         *         },
         *         "total": 13,
         *         "replayed": false
         *       }
         *     }
         */
        AdminEraseDataSubjectResponse: {
            erasure: {
                audit_id: string;
                /** @enum {string} */
                mode: "anonymise" | "delete";
                counts: {
                    [key: string]: number;
                };
                total: number;
                replayed: boolean;
            };
        };
        AdminPrivacyAuditListResponse: {
            audits: components["schemas"]["AdminPrivacyAudit"][];
            count: number;
            offset: number;
            limit: number;
        };
        /**
         * @example {
         *       "id": "paud_01JQ...",
         *       "action": "erase",
         *       "mode": "anonymise",
         *       "actor_type": "user",
         *       "actor_id": "user_01JQ...",
         *       "identifier_hashes": {
         *         "email": [
         *           "9f86d0..."
         *         ]
         *       },
         *       "counts": {
         *         "lead": 1,
         *         "event": 12
         *       },
         *       "reason": "LGPD request #123",
         *       "completed_at": "2026-03-01T12:00:00.000Z"
         *     }
         */
        AdminPrivacyAudit: {
            [key: string]: unknown;
        };
        AdminPrivacyAuditResponse: {
            audit: components["schemas"]["AdminPrivacyAudit"];
        };
        AdminRetentionPreviewResponse: {
            /** @enum {boolean} */
            dry_run: true;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            now: string;
            cutoffs: {
                [key: string]: string | null;
            };
            counts: {
                [key: string]: number;
            };
            helio_pending?: {
                retention_dates_to_set: number;
                conversations_to_erase: number;
                queries_to_erase: number;
                queries_to_blank: number;
                conversations_to_blank: number;
            };
            rules: {
                model: string;
                option: string;
                days: number | null;
                age: string;
                condition: string;
            }[];
            options: {
                [key: string]: number | null;
            };
        };
        AdminRetentionRunResponse: {
            dry_run: boolean;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            now: string;
            cutoffs: {
                [key: string]: string | null;
            };
            counts: {
                [key: string]: number;
            };
            chunks: number;
            longest_chunk_ms: number;
            locked_out: boolean;
            helio_pending?: {
                retention_dates_to_set: number;
                conversations_to_erase: number;
                queries_to_erase: number;
                queries_to_blank: number;
                conversations_to_blank: number;
            };
        };
        AdminCachesResponse: {
            caches: components["schemas"]["AdminCacheKindStats"][];
            photogrammetry?: {
                analyses: number;
                reuses: number;
                hit_rate: number | null;
                provider_cost_usd: number;
                money_saved_usd: number;
            };
        };
        AdminCacheKindStats: {
            table: string;
            kind: string | null;
            entries: number;
            live: number;
            expired: number;
            negative: number;
            hits: number;
            upstream_calls: number;
            hit_rate: number | null;
            stale_serves: number;
            upstream_errors: number;
            avg_fetch_duration_ms: number | null;
        };
        AdminCacheTimeseriesResponse: {
            range: components["schemas"]["ReportRange"];
            /** @enum {string} */
            interval: "day" | "week";
            kinds: {
                /** @enum {string} */
                kind: "aneel" | "pvlib" | "photogrammetry";
                price_per_call: number;
                /** @enum {string} */
                currency: "USD";
                records_errors: boolean;
                totals: {
                    hits: number;
                    upstream_calls: number;
                    stale_serves: number;
                    errors: number;
                    hit_rate: number | null;
                    calls_avoided: number;
                    money_saved: number;
                };
                points: {
                    hits: number;
                    upstream_calls: number;
                    stale_serves: number;
                    errors: number;
                    hit_rate: number | null;
                    calls_avoided: number;
                    money_saved: number;
                    bucket: string;
                }[];
            }[];
        };
        /**
         * @example {
         *       "cache": "aneel",
         *       "entry_kind": null,
         *       "deleted": 12
         *     }
         */
        AdminDeleteCacheResponse: {
            cache: string;
            entry_kind: string | null;
            deleted: number;
        };
        AdminPvlibYieldResponse: {
            yield: {
                cache: {
                    hit: boolean;
                    stale: boolean;
                    /**
                     * Format: date-time
                     * @example 2026-03-01T12:00:00.000Z
                     */
                    fetched_at: string;
                    /**
                     * Format: date-time
                     * @example 2026-03-01T12:00:00.000Z
                     */
                    expires_at: string;
                } | null;
            } & {
                [key: string]: unknown;
            };
        };
        AdminSolar360StatsResponse: {
            stats: components["schemas"]["AdminSolar360EntityStats"][];
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            since: string;
        };
        /**
         * @example {
         *       "entity": "lead",
         *       "count": 42,
         *       "latest_created_at": "2026-03-01T12:00:00.000Z"
         *     }
         */
        AdminSolar360EntityStats: {
            entity: string;
            count: number;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            latest_created_at: string;
        };
        AdminSolar360EntityStatsResponse: {
            stat: components["schemas"]["AdminSolar360EntityStats"];
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            since: string;
        };
        AdminSolar360HealthResponse: {
            day: string;
            time_zone: string;
            days: string[];
            tables: components["schemas"]["AdminSolar360TableHealth"][];
            total_bytes: number;
            helio_cost_usd: number;
            alerts: components["schemas"]["AdminSolar360HealthAlert"][];
            thresholds: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "table": "event",
         *       "rows": 1204331,
         *       "rows_estimated": true,
         *       "bytes": 612000000,
         *       "oldest_created_at": "2025-10-30T12:00:00.000Z",
         *       "rows_per_day": [
         *         3900,
         *         4100,
         *         4000,
         *         3950,
         *         4200,
         *         4050,
         *         3980,
         *         4120
         *       ],
         *       "rows_today": 1900,
         *       "retention_due": 3650
         *     }
         */
        AdminSolar360TableHealth: {
            table: string;
            rows: number;
            rows_estimated: boolean;
            bytes: number;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            oldest_created_at: string;
            rows_per_day: number[];
            rows_today: number;
            retention_due: number | null;
        };
        AdminSolar360HealthAlert: {
            key: string;
            /** @enum {string} */
            kind: "table_rows_per_day" | "table_growth" | "helio_budget" | "upstream_errors";
            subject: string;
            value: number;
            limit: number;
            message: string;
        };
        /**
         * @example {
         *       "week": {
         *         "from": "2026-11-23",
         *         "to": "2026-11-29"
         *       },
         *       "previous_week": {
         *         "from": "2026-11-16",
         *         "to": "2026-11-22"
         *       },
         *       "time_zone": "America/Sao_Paulo",
         *       "rows": [
         *         {
         *           "metric": "visitors",
         *           "current": 1520,
         *           "previous": 1310,
         *           "change": 0.16
         *         }
         *       ]
         *     }
         */
        AdminSolar360DigestResponse: {
            week: {
                from: string;
                to: string;
            };
            previous_week: {
                from: string;
                to: string;
            };
            time_zone: string;
            rows: {
                /** @enum {string} */
                metric: "visitors" | "sessions" | "page_views" | "purchases" | "revenue_brl" | "leads_created" | "leads_qualified" | "leads_converted" | "helio_conversations" | "helio_cost_usd" | "financing_simulations" | "viability_analyses";
                current: number;
                previous: number;
                change: number | null;
            }[];
        };
        AdminCustomerOverviewResponse: {
            customer: {
                id: string;
                email?: string | null;
            } & {
                [key: string]: unknown;
            };
            anonymous_ids: string[];
            leads: components["schemas"]["Admin360Lead"][];
            conversations: components["schemas"]["Admin360Conversation"][];
            simulations: components["schemas"]["Admin360Simulation"][];
            viability_analyses: components["schemas"]["Admin360ViabilityAnalysis"][];
            roof_analyses: components["schemas"]["Admin360RoofAnalysis"][];
            events: components["schemas"]["Admin360Event"][];
            catalog_activity: components["schemas"]["Admin360CatalogActivity"][];
            consent: {
                marketing: boolean | null;
                terms_version: string | null;
                /**
                 * Format: date-time
                 * @example 2026-03-01T12:00:00.000Z
                 */
                at: string;
                lead_id: string | null;
                analytics: boolean | null;
                history: unknown[];
            };
            timeline: components["schemas"]["Admin360TimelineEntry"][];
            limit: number;
            /**
             * Format: date-time
             * @example 2026-03-01T12:00:00.000Z
             */
            since: string;
        };
        Admin360Lead: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        Admin360Conversation: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        Admin360Simulation: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        Admin360ViabilityAnalysis: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        Admin360RoofAnalysis: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        Admin360Event: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        Admin360CatalogActivity: {
            id: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "kind": "event",
         *       "id": "evt_01",
         *       "at": "2026-03-01T12:00:00.000Z",
         *       "label": "page_view"
         *     }
         */
        Admin360TimelineEntry: {
            kind: string;
            id: string;
            at: string;
            label: string | null;
        };
        AdminOrderAttributionResponse: {
            order: {
                id: string;
                /**
                 * Format: date-time
                 * @example 2026-03-01T12:00:00.000Z
                 */
                created_at?: string;
            } & {
                [key: string]: unknown;
            };
            first_touch: components["schemas"]["Admin360Touch"];
            last_touch: components["schemas"]["Admin360Touch"];
            /** @enum {string|null} */
            touch_source: "lead" | "event" | null;
            leads: components["schemas"]["Admin360Lead"][];
            conversation: components["schemas"]["Admin360Conversation"] & (Record<string, never> | null);
            simulation: components["schemas"]["Admin360Simulation"] & (Record<string, never> | null);
            viability_analysis: components["schemas"]["Admin360ViabilityAnalysis"] & (Record<string, never> | null);
            roof_analysis: components["schemas"]["Admin360RoofAnalysis"] & (Record<string, never> | null);
            time_to_conversion_seconds: number | null;
        };
        /**
         * @example {
         *       "utm_source": "google",
         *       "utm_campaign": "verao",
         *       "at": "2026-03-01T12:00:00.000Z"
         *     }
         */
        Admin360Touch: {
            utm_source?: string | null;
            utm_medium?: string | null;
            utm_campaign?: string | null;
            referrer?: string | null;
            landing_page?: string | null;
            at?: string | null;
        } | null;
        /**
         * @example {
         *       "product": {
         *         "id": "prod_01",
         *         "title": "Painel 550 W"
         *       },
         *       "range": {
         *         "from": "2026-02-01",
         *         "to": "2026-03-02",
         *         "days": 30,
         *         "time_zone": "America/Sao_Paulo"
         *       },
         *       "views": 120,
         *       "add_to_cart": 18,
         *       "purchases": 4,
         *       "cart_rate": 0.15,
         *       "purchase_rate": 0.0333,
         *       "rolled_up_days": 29,
         *       "events": [
         *         {
         *           "event_name": "add_to_cart",
         *           "count": 20
         *         }
         *       ],
         *       "searches": [
         *         {
         *           "term": "painel 550w",
         *           "count": 12
         *         }
         *       ],
         *       "co_viewed": [
         *         {
         *           "product_id": "prod_02",
         *           "product_name": "Inversor 5 kW",
         *           "sessions": 9
         *         }
         *       ]
         *     }
         */
        AdminProductAnalyticsResponse: {
            product: {
                id: string;
                title?: string | null;
            } & {
                [key: string]: unknown;
            };
            range: components["schemas"]["ReportRange"];
            views: number;
            add_to_cart: number;
            purchases: number;
            cart_rate: number;
            purchase_rate: number;
            rolled_up_days: number;
            events: {
                event_name: string;
                count: number;
            }[];
            searches: {
                term: string;
                count: number;
            }[];
            co_viewed: {
                product_id: string;
                product_name: string | null;
                sessions: number;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminSolar360AnalyticsAbandonedCarts: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                currency_code?: string;
                limit?: number;
                offset?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAbandonedCartListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360AnalyticsAttribution: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group_by?: "channel" | "utm_campaign" | "utm_source" | "utm_medium";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnalyticsAttributionResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360AnalyticsBreakdowns: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                limit?: number;
                page?: string;
                entry_page?: string;
                exit_page?: string;
                referrer?: string;
                channel?: string;
                utm_source?: string;
                utm_medium?: string;
                utm_campaign?: string;
                country?: string;
                region?: string;
                device?: string;
                browser?: string;
                os?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnalyticsBreakdownsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360AnalyticsCartAbandonment: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                currency_code?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCartAbandonmentResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360AnalyticsFunnel: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                steps?: string | string[];
                window?: string;
                window_minutes?: number;
                breakdown?: "channel" | "referrer" | "utm_source" | "utm_medium" | "utm_campaign" | "device" | "browser" | "os" | "country" | "region" | "entry_page";
                breakdown_limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnalyticsFunnelResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360AnalyticsOverview: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnalyticsOverviewResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360AnalyticsTimeseries: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                interval?: "hour" | "day" | "week";
                compare_from?: string;
                compare_to?: string;
                page?: string;
                entry_page?: string;
                exit_page?: string;
                referrer?: string;
                channel?: string;
                utm_source?: string;
                utm_medium?: string;
                utm_campaign?: string;
                country?: string;
                region?: string;
                device?: string;
                browser?: string;
                os?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAnalyticsTimeseriesResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360Caches: {
        parameters: {
            query?: {
                cache?: "aneel" | "pvlib";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCachesResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360CachesTimeseries: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                interval?: "day" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCacheTimeseriesResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminSolar360CachesKind: {
        parameters: {
            query?: {
                entry_kind?: string;
            };
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDeleteCacheResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360CatalogAccessLogs: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                from?: string;
                to?: string;
                action_type?: ("product_view" | "click" | "category_view" | "search" | "filter" | "add_to_cart" | "remove_from_cart" | "wishlist_add" | "compare_add" | "download_spec") | ("product_view" | "click" | "category_view" | "search" | "filter" | "add_to_cart" | "remove_from_cart" | "wishlist_add" | "compare_add" | "download_spec")[];
                product_id?: string | string[];
                session_id?: string | string[];
                customer_id?: string | string[];
                search_term?: string | string[];
                view_context?: ("listing" | "detail" | "search" | "recommendation" | "related" | "cart" | "quote") | ("listing" | "detail" | "search" | "recommendation" | "related" | "cart" | "quote")[];
                recommendation_source?: ("trending" | "personalized" | "similar" | "frequently_bought" | "recently_viewed" | "ai_helio") | ("trending" | "personalized" | "similar" | "frequently_bought" | "recently_viewed" | "ai_helio")[];
                led_to_cart?: boolean | string;
                led_to_purchase?: boolean | string;
                is_bot?: boolean | string;
                consent_analytics?: boolean | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCatalogAccessLogListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360CatalogAccessLogsId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCatalogAccessLogResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360CatalogAnalytics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                limit?: number;
                min_views?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCatalogAnalyticsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360CustomersIdOverview: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCustomerOverviewResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360Events: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                from?: string;
                to?: string;
                category?: ("page_view" | "engagement" | "ecommerce" | "navigation" | "form" | "search" | "social" | "video" | "download" | "error" | "performance") | ("page_view" | "engagement" | "ecommerce" | "navigation" | "form" | "search" | "social" | "video" | "download" | "error" | "performance")[];
                event_name?: string | string[];
                session_id?: string | string[];
                anonymous_id?: string | string[];
                customer_id?: string | string[];
                is_bot?: boolean | string;
                consent_analytics?: boolean | string;
                utm_source?: string | string[];
                utm_medium?: string | string[];
                utm_campaign?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEventListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360EventsId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEventResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360FinancingSimulations: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                status?: ("pending" | "analyzing" | "approved" | "rejected") | ("pending" | "analyzing" | "approved" | "rejected")[];
                bank?: string | string[];
                was_approved?: boolean | string;
                accepted_by_customer?: boolean | string;
                customer_id?: string | string[];
                person_type?: ("PF" | "PJ") | ("PF" | "PJ")[];
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFinancingSimulationListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360FinancingSimulationsFunnel: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFinancingFunnelResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360FinancingSimulationsId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFinancingSimulationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360FinancingSimulationsIdCreditAnalysis: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "analyzing" | "approved" | "rejected";
                    submitted_to_bank?: boolean;
                    rejection_reason?: string;
                    approved_amount?: number;
                    approved_term_months?: number;
                    approved_rate_annual?: number;
                    approved_monthly_payment?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminFinancingSimulationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360Health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSolar360HealthResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360HealthDigest: {
        parameters: {
            query?: {
                week?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSolar360DigestResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360HelioConversations: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                status?: ("active" | "resolved" | "abandoned" | "escalated" | "completed") | ("active" | "resolved" | "abandoned" | "escalated" | "completed")[];
                customer_id?: string | string[];
                channel?: string | string[];
                led_to_purchase?: boolean | string;
                escalated_to_human?: boolean | string;
                has_feedback?: boolean | string;
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelioConversationListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360HelioConversations: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: {
                /** @description Optional, 16 to 255 visible ASCII characters (send a random UUID per request): a retry with the same key from the same caller answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: string | null;
                    lead_id?: string | null;
                    session_id?: string | null;
                    channel?: string | null;
                    title?: string | null;
                    contact?: {
                        name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        company?: string | null;
                        city?: string | null;
                        state?: string | null;
                        message?: string | null;
                        anonymous_id?: string | null;
                        session_id?: string | null;
                        consent?: {
                            marketing?: boolean;
                            terms_version?: string;
                            analytics?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description An Idempotency-Key replayed an earlier request: the same record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStartHelioConversationResponse"];
                };
            };
            /** @description Conversation created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStartHelioConversationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated; `solar360_invalid_ingestion_key` for an unknown or revoked ingestion key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360HelioConversationsId: {
        parameters: {
            query?: {
                fields?: string;
                queries_limit?: number | null;
                queries_offset?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelioConversationDetailResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360HelioConversationsId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "active" | "resolved" | "abandoned" | "escalated" | "completed";
                    title?: string | null;
                    summary?: string | null;
                    topics?: string[] | null;
                    primary_topic?: string | null;
                    /** @enum {string|null} */
                    intent?: "buy" | "learn" | "compare" | "support" | null;
                    issue_resolved?: boolean;
                    resolution_type?: string | null;
                    escalation_reason?: string | null;
                    assigned_to?: string | null;
                    lead_id?: string | null;
                    quality_score?: number | null;
                    had_hallucinations?: boolean;
                    had_errors?: boolean;
                    needed_clarification?: boolean;
                    products_recommended?: (string | ({
                        product_id: string;
                    } & {
                        [key: string]: unknown;
                    }))[] | null;
                    contact?: {
                        name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        company?: string | null;
                        city?: string | null;
                        state?: string | null;
                        message?: string | null;
                        anonymous_id?: string | null;
                        session_id?: string | null;
                        consent?: {
                            marketing?: boolean;
                            terms_version?: string;
                            analytics?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelioConversationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated; `solar360_invalid_ingestion_key` for an unknown or revoked ingestion key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360HelioConversationsIdQueries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    queries: {
                        message_id?: string | null;
                        query_text: string;
                        query_language?: string | null;
                        query_type?: string | null;
                        embedding_model?: string | null;
                        query_embedding?: number[] | null;
                        retrieved_chunks?: {
                            id: string;
                            score?: number | null;
                            source?: string | null;
                            text?: string | null;
                        }[] | null;
                        vector_db?: string | null;
                        vector_search_time_ms?: number | null;
                        retrieval_time_ms?: number | null;
                        llm_model?: string | null;
                        llm_temperature?: number | null;
                        prompt?: string | null;
                        response?: string | null;
                        llm_response_time_ms?: number | null;
                        total_response_time_ms?: number | null;
                        time_to_first_token_ms?: number | null;
                        prompt_tokens?: number | null;
                        completion_tokens?: number | null;
                        cached_tokens?: number | null;
                        reasoning_tokens?: number | null;
                        total_tokens?: number | null;
                        estimated_cost_usd?: number | null;
                        confidence_score?: number | null;
                        quality_score?: number | null;
                        recommended_products?: {
                            product_id: string;
                            score?: number | null;
                        }[] | null;
                        customer_id?: string | null;
                        session_id?: string | null;
                    }[];
                } | {
                    message_id?: string | null;
                    query_text: string;
                    query_language?: string | null;
                    query_type?: string | null;
                    embedding_model?: string | null;
                    query_embedding?: number[] | null;
                    retrieved_chunks?: {
                        id: string;
                        score?: number | null;
                        source?: string | null;
                        text?: string | null;
                    }[] | null;
                    vector_db?: string | null;
                    vector_search_time_ms?: number | null;
                    retrieval_time_ms?: number | null;
                    llm_model?: string | null;
                    llm_temperature?: number | null;
                    prompt?: string | null;
                    response?: string | null;
                    llm_response_time_ms?: number | null;
                    total_response_time_ms?: number | null;
                    time_to_first_token_ms?: number | null;
                    prompt_tokens?: number | null;
                    completion_tokens?: number | null;
                    cached_tokens?: number | null;
                    reasoning_tokens?: number | null;
                    total_tokens?: number | null;
                    estimated_cost_usd?: number | null;
                    confidence_score?: number | null;
                    quality_score?: number | null;
                    recommended_products?: {
                        product_id: string;
                        score?: number | null;
                    }[] | null;
                    customer_id?: string | null;
                    session_id?: string | null;
                };
            };
        };
        responses: {
            /** @description Every query was already logged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLogRagQueryResponse"] | components["schemas"]["AdminLogRagQueriesBatchResponse"];
                };
            };
            /** @description Logged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLogRagQueryResponse"] | components["schemas"]["AdminLogRagQueriesBatchResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated; `solar360_invalid_ingestion_key` for an unknown or revoked ingestion key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360HelioMetrics: {
        parameters: {
            query?: {
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelioMetricsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360HelioMetricsTimeseries: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                interval?: "day" | "week";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHelioTimeseriesResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360IngestionKeys: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminIngestionKeyListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360IngestionKeys: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Helio production"
                 *     }
                 */
                "application/json": {
                    title: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCreateIngestionKeyResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360IngestionKeysIdRevoke: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminIngestionKeyResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360Leads: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                q?: string;
                status?: ("new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost") | ("new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost")[];
                interest_type?: ("solar" | "financing" | "quote" | "product" | "catalog" | "calculator" | "chat" | "other") | ("solar" | "financing" | "quote" | "product" | "catalog" | "calculator" | "chat" | "other")[];
                utm_source?: string | string[];
                utm_medium?: string | string[];
                utm_campaign?: string | string[];
                assigned_to?: string | string[];
                is_qualified?: boolean | string;
                consent_marketing?: boolean | string;
                contactable?: boolean | string;
                score_min?: number | null;
                score_max?: number | null;
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360Leads: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ana Lima",
                 *       "phone": "11987654321",
                 *       "city": "Campinas",
                 *       "state": "SP",
                 *       "source": "phone",
                 *       "note": "Wants a visit"
                 *     }
                 */
                "application/json": {
                    name?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    company?: string | null;
                    cpf_cnpj?: string | null;
                    /**
                     * @default other
                     * @enum {string}
                     */
                    interest_type?: "solar" | "financing" | "quote" | "product" | "catalog" | "calculator" | "chat" | "other";
                    message?: string | null;
                    monthly_bill_brl?: number | null;
                    monthly_consumption_kwh?: number | null;
                    city?: string | null;
                    state?: string | null;
                    utm_source?: string | null;
                    utm_medium?: string | null;
                    utm_campaign?: string | null;
                    utm_term?: string | null;
                    utm_content?: string | null;
                    gclid?: string | null;
                    fbclid?: string | null;
                    landing_page?: string | null;
                    referrer?: string | null;
                    anonymous_id?: string | null;
                    session_id?: string | null;
                    /**
                     * @default other
                     * @enum {string}
                     */
                    source?: "phone" | "walk_in" | "email" | "event" | "other";
                    assigned_to?: string | null;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Created, or folded into the open lead of the same contact */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCreateLeadResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360LeadsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ids": [
                 *         "lead_01JQ...",
                 *         "lead_01JR..."
                 *       ],
                 *       "status": "contacted",
                 *       "assigned_to": "user_01JQ..."
                 *     }
                 */
                "application/json": {
                    ids: string[];
                    /** @enum {string} */
                    status?: "new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost";
                    lost_reason?: string | null;
                    assigned_to?: string | null;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminBulkUpdateLeadsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360LeadsExport: {
        parameters: {
            query?: {
                q?: string;
                status?: ("new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost") | ("new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost")[];
                interest_type?: ("solar" | "financing" | "quote" | "product" | "catalog" | "calculator" | "chat" | "other") | ("solar" | "financing" | "quote" | "product" | "catalog" | "calculator" | "chat" | "other")[];
                utm_source?: string | string[];
                utm_medium?: string | string[];
                utm_campaign?: string | string[];
                assigned_to?: string | string[];
                is_qualified?: boolean | string;
                consent_marketing?: boolean | string;
                contactable?: boolean | string;
                score_min?: number | null;
                score_max?: number | null;
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
                order?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["AdminLeadExportCsv"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360LeadsFunnel: {
        parameters: {
            query?: {
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
                utm_source?: string;
                utm_medium?: string;
                utm_campaign?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadFunnelResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360LeadsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "csv": "nome,email,telefone,cidade,estado\nAna Lima,ana@example.com,11987654321,Campinas,SP\n",
                 *       "dry_run": true
                 *     }
                 */
                "application/json": {
                    csv: string;
                    /** @default true */
                    dry_run?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminImportLeadsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360LeadsId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360LeadsId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "contacted",
                 *       "assigned_to": "ana",
                 *       "note": "Called, sending a quote"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    status?: "new" | "contacted" | "qualified" | "proposal" | "negotiation" | "converted" | "lost";
                    reopen?: boolean;
                    lost_reason?: string | null;
                    assigned_to?: string | null;
                    notes?: string | null;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360LeadsIdConsent: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadConsentListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360LeadsIdConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "purpose": "marketing",
                 *       "granted": false,
                 *       "channel": "email",
                 *       "source": "unsubscribe link"
                 *     }
                 */
                "application/json": {
                    /**
                     * @default marketing
                     * @enum {string}
                     */
                    purpose?: "marketing" | "terms";
                    granted: boolean;
                    /** @enum {string} */
                    channel: "web_form" | "checkout" | "email" | "whatsapp" | "phone" | "in_person" | "admin" | "api" | "double_opt_in";
                    source?: string | null;
                    terms_version?: string | null;
                    occurred_at?: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRecordLeadConsentResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360LeadsIdMerge: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_id": "lead_01JR..."
                 *     }
                 */
                "application/json": {
                    from_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360LeadsIdNotes: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadNoteListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360LeadsIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Called back, wants a visit on Friday"
                 *     }
                 */
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Note added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadNoteResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360LeadsIdTimeline: {
        parameters: {
            query?: {
                limit?: number;
                before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLeadTimelineResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360OrdersIdAttribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrderAttributionResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PhotogrammetryAnalyses: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                status?: ("pending" | "processing" | "completed" | "failed") | ("pending" | "processing" | "completed" | "failed")[];
                provider?: string | string[];
                cache_hit?: boolean | string;
                cache_source_id?: string | string[];
                customer_id?: string | string[];
                state?: string | string[];
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPhotogrammetryAnalysisListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PhotogrammetryAnalysesId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPhotogrammetryAnalysisResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PrivacyAudit: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                customer_id?: string | string[];
                email?: string | string[];
                phone?: string | string[];
                cpf_cnpj?: string | string[];
                lead_id?: string | string[];
                anonymous_id?: string | string[];
                session_id?: string | string[];
                action?: "export" | "erase";
                mode?: "anonymise" | "delete";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPrivacyAuditListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PrivacyAuditId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPrivacyAuditResponse"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PrivacyRetention: {
        parameters: {
            query?: {
                now?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRetentionPreviewResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360PrivacyRetentionRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRetentionRunResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PrivacySubjects: {
        parameters: {
            query?: {
                customer_id?: string | string[];
                email?: string | string[];
                phone?: string | string[];
                cpf_cnpj?: string | string[];
                lead_id?: string | string[];
                anonymous_id?: string | string[];
                session_id?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDataSubjectSummaryResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360PrivacySubjectsErase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 16 to 255 visible ASCII characters (send a random UUID per request): a retry with the same key from the same caller answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifiers": {
                 *         "email": "maria@example.com"
                 *       },
                 *       "mode": "anonymise",
                 *       "reason": "LGPD request #123"
                 *     }
                 */
                "application/json": {
                    identifiers: {
                        customer_id?: string | string[];
                        email?: string | string[];
                        phone?: string | string[];
                        cpf_cnpj?: string | string[];
                        lead_id?: string | string[];
                        anonymous_id?: string | string[];
                        session_id?: string | string[];
                    };
                    /** @enum {string} */
                    mode: "anonymise" | "delete";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEraseDataSubjectResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360PrivacySubjectsExport: {
        parameters: {
            query?: {
                customer_id?: string | string[];
                email?: string | string[];
                phone?: string | string[];
                cpf_cnpj?: string | string[];
                lead_id?: string | string[];
                anonymous_id?: string | string[];
                session_id?: string | string[];
                format?: "json" | "zip";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDataSubjectExport"];
                    "application/zip": string;
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360PrivacySubjectsExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifiers: {
                        customer_id?: string | string[];
                        email?: string | string[];
                        phone?: string | string[];
                        cpf_cnpj?: string | string[];
                        lead_id?: string | string[];
                        anonymous_id?: string | string[];
                        session_id?: string | string[];
                    };
                    /**
                     * @default json
                     * @enum {string}
                     */
                    format?: "json" | "zip";
                };
            };
        };
        responses: {
            /** @description The export file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDataSubjectExport"];
                    "application/zip": string;
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360PrivacySubjectsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifiers": {
                 *         "email": "maria@example.com"
                 *       }
                 *     }
                 */
                "application/json": {
                    identifiers: {
                        customer_id?: string | string[];
                        email?: string | string[];
                        phone?: string | string[];
                        cpf_cnpj?: string | string[];
                        lead_id?: string | string[];
                        anonymous_id?: string | string[];
                        session_id?: string | string[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDataSubjectSummaryResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360ProductsIdAnalytics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                days?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminProductAnalyticsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360PvlibYield: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    latitude: number;
                    longitude: number;
                    tilt_degrees: number;
                    azimuth_degrees: number;
                    system_kwp: number;
                    /** @default 14.08 */
                    losses_percent?: number;
                    state?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPvlibYieldResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service failed with nothing cached to serve (`solar360_upstream_error`). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service is busy (`solar360_upstream_busy`) or its daily budget is used (`solar360_upstream_budget_exhausted`); see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service did not answer in time (`solar360_upstream_timeout`). */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360RagQueries: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                llm_model?: string | string[];
                flagged_for_review?: boolean | string;
                reviewed_by_human?: boolean | string;
                contains_pii?: boolean | string;
                conversation_id?: string | string[];
                customer_id?: string | string[];
                min_cost?: number | null;
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRagQueryListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360RagQueriesId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRagQueryResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSolar360RagQueriesIdReview: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "corrected",
                 *       "notes": "Tariff figure was outdated"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "approved" | "corrected" | "rejected";
                    notes?: string | null;
                    reviewer?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRagQueryResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360SolarViabilityAnalyses: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
                recommendation?: ("highly_recommended" | "recommended" | "marginal" | "not_recommended") | ("highly_recommended" | "recommended" | "marginal" | "not_recommended")[];
                is_viable?: boolean | string;
                state?: string | string[];
                customer_id?: string | string[];
                viability_score_min?: number | null;
                viability_score_max?: number | null;
                created_at?: {
                    /** Format: date-time */
                    $gt?: string | null;
                    /** Format: date-time */
                    $gte?: string | null;
                    /** Format: date-time */
                    $lt?: string | null;
                    /** Format: date-time */
                    $lte?: string | null;
                };
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSolarViabilityAnalysisListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360SolarViabilityAnalysesDistribution: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminViabilityDistributionResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360SolarViabilityAnalysesId: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSolarViabilityAnalysisResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360Stats: {
        parameters: {
            query?: {
                since?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSolar360StatsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSolar360StatsEntity: {
        parameters: {
            query?: {
                since?: string | null;
            };
            header?: never;
            path: {
                entity: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSolar360EntityStatsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360CatalogAccessLogs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    sent_at?: string | null;
                    logs: {
                        /** Format: uuid */
                        message_id: string;
                        /** @enum {string} */
                        action_type: "product_view" | "click" | "category_view" | "search" | "filter" | "add_to_cart" | "remove_from_cart" | "wishlist_add" | "compare_add" | "download_spec";
                        /** Format: date-time */
                        timestamp?: string | null;
                        product_id?: string | null;
                        sku?: string | null;
                        product_name?: string | null;
                        category?: string | null;
                        subcategory?: string | null;
                        brand?: string | null;
                        price_brl?: number | null;
                        availability?: string | null;
                        /** @enum {string|null} */
                        view_context?: "listing" | "detail" | "search" | "recommendation" | "related" | "cart" | "quote" | null;
                        search_term?: string | null;
                        search_results_count?: number | null;
                        search_result_position?: number | null;
                        applied_filters?: {
                            [key: string]: unknown;
                        } | null;
                        total_results_with_filters?: number | null;
                        time_spent_seconds?: number | null;
                        scroll_depth_percentage?: number | null;
                        clicked_image?: boolean | null;
                        clicked_video?: boolean | null;
                        downloaded_datasheet?: boolean | null;
                        downloaded_manual?: boolean | null;
                        downloaded_certification?: boolean | null;
                        clicked_add_to_cart?: boolean | null;
                        clicked_quote_request?: boolean | null;
                        quantity_viewed?: number | null;
                        page_url?: string | null;
                        referrer_url?: string | null;
                        referrer_type?: string | null;
                        previous_product_id?: string | null;
                        next_product_id?: string | null;
                        cart_id?: string | null;
                        quote_id?: string | null;
                        /** @enum {string|null} */
                        recommendation_source?: "trending" | "personalized" | "similar" | "frequently_bought" | "recently_viewed" | "ai_helio" | null;
                        recommendation_algorithm?: string | null;
                        recommendation_score?: number | null;
                        was_recommended?: boolean | null;
                        session_id?: string | null;
                        anonymous_id?: string | null;
                        consent?: {
                            analytics: boolean;
                            marketing?: boolean | null;
                        } | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreIngestBatchResponse"];
                };
            };
            /** @description Every log was rejected (code solar360_logs_rejected) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreIngestBatchRejected"];
                };
            };
        };
    };
    getStoreSolar360CustomersMeFinancingSimulations: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreFinancingSimulationListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360CustomersMeSolarViabilityAnalyses: {
        parameters: {
            query?: {
                fields?: string;
                offset?: number;
                limit?: number;
                order?: string;
                with_deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreSolarViabilityAnalysisListResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360DataPractices: {
        parameters: {
            query?: {
                lang?: "pt-BR" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDataPracticesResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360DataPracticesCategory: {
        parameters: {
            query?: {
                lang?: "pt-BR" | "en";
            };
            header?: never;
            path: {
                category: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDataPracticeResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360Distributors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDistributorsResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client (`solar360_rate_limited`); see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service failed with nothing cached to serve (`solar360_upstream_error`). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service is busy (`solar360_upstream_busy`) or its daily budget is used (`solar360_upstream_budget_exhausted`); see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service did not answer in time (`solar360_upstream_timeout`). */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360Events: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         {
                 *           "message_id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
                 *           "event_name": "page_view",
                 *           "category": "page_view",
                 *           "timestamp": "2026-03-01T12:00:00.000Z",
                 *           "session_id": "sess_abc",
                 *           "anonymous_id": "anon_abc",
                 *           "url": "https://store.example.com/"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    sent_at?: string | null;
                    events: {
                        /** Format: uuid */
                        message_id: string;
                        event_name: string;
                        /** @enum {string} */
                        category: "page_view" | "engagement" | "ecommerce" | "navigation" | "form" | "search" | "social" | "video" | "download" | "error" | "performance";
                        action?: string | null;
                        label?: string | null;
                        value?: number | null;
                        /** Format: date-time */
                        timestamp?: string | null;
                        session_id?: string | null;
                        anonymous_id?: string | null;
                        url?: string | null;
                        path?: string | null;
                        title?: string | null;
                        referrer?: string | null;
                        screen_resolution?: string | null;
                        timezone?: string | null;
                        utm_source?: string | null;
                        utm_medium?: string | null;
                        utm_campaign?: string | null;
                        utm_term?: string | null;
                        utm_content?: string | null;
                        gclid?: string | null;
                        fbclid?: string | null;
                        cart_id?: string | null;
                        product_id?: string | null;
                        product_sku?: string | null;
                        product_name?: string | null;
                        product_price?: number | null;
                        product_data?: {
                            [key: string]: unknown;
                        } | null;
                        order_id?: string | null;
                        order_value?: number | null;
                        order_data?: {
                            [key: string]: unknown;
                        } | null;
                        currency_code?: string | null;
                        scroll_depth?: number | null;
                        time_on_page?: number | null;
                        clicks_count?: number | null;
                        page_load_time?: number | null;
                        server_response_time?: number | null;
                        properties?: {
                            [key: string]: unknown;
                        } | null;
                        consent?: {
                            analytics: boolean;
                            marketing?: boolean | null;
                        } | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreIngestBatchResponse"];
                };
            };
            /** @description Every event was rejected (code solar360_events_rejected) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreIngestBatchRejected"];
                };
            };
        };
    };
    postStoreSolar360FinancingSimulations: {
        parameters: {
            query?: {
                fields?: string;
                resume_token?: unknown;
            };
            header?: {
                /** @description Optional, 16 to 255 visible ASCII characters (send a random UUID per request): a retry with the same key from the same caller answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "system_cost": 25000,
                 *       "down_payment": 5000,
                 *       "term_months": 60,
                 *       "interest_rate_monthly": 1.5,
                 *       "person_type": "PF"
                 *     }
                 */
                "application/json": {
                    system_cost: number;
                    /** @default 0 */
                    down_payment?: number;
                    term_months: number;
                    interest_rate_monthly?: number;
                    interest_rate_annual?: number;
                    /**
                     * @default PF
                     * @enum {string}
                     */
                    person_type?: "PF" | "PJ";
                    /** @default {} */
                    fees?: {
                        [key: string]: number;
                    };
                    /** @default 0 */
                    insurance_amount?: number;
                    /** @default true */
                    costs_financed?: boolean;
                    release_date?: string;
                    bank?: string | null;
                    product?: string | null;
                    /** Format: uri */
                    bank_url?: string | null;
                    quote_id?: string | null;
                    solar_calculation_id?: string | null;
                    solar_viability_analysis_id?: string | null;
                    solar_viability_analysis_token?: string | null;
                    session_id?: string | null;
                    contact?: {
                        name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        company?: string | null;
                        city?: string | null;
                        state?: string | null;
                        message?: string | null;
                        anonymous_id?: string | null;
                        session_id?: string | null;
                        consent?: {
                            marketing?: boolean;
                            terms_version?: string;
                            analytics?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description An Idempotency-Key replayed an earlier request: the same record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCreateFinancingSimulationResponse"];
                };
            };
            /** @description Simulation created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCreateFinancingSimulationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client (`solar360_rate_limited`); see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360FinancingSimulationsId: {
        parameters: {
            query?: {
                fields?: string;
                resume_token?: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreFinancingSimulationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360FinancingSimulationsIdAccept: {
        parameters: {
            query?: {
                fields?: string;
                resume_token?: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chosen_reason?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreFinancingSimulationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360HelioConversationsId: {
        parameters: {
            query?: {
                session_token?: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreHelioConversationResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360HelioConversationsIdFeedback: {
        parameters: {
            query?: {
                session_token?: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "satisfaction": 5,
                 *       "comment": "Clear answers"
                 *     }
                 */
                "application/json": {
                    satisfaction: number;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreHelioConversationFeedbackResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360Leads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Maria Souza",
                 *       "email": "maria@example.com",
                 *       "phone": "+5531999990000",
                 *       "interest_type": "solar",
                 *       "monthly_bill_brl": 450,
                 *       "consent": {
                 *         "marketing": true,
                 *         "terms_version": "2026-01"
                 *       }
                 *     }
                 */
                "application/json": {
                    name?: string | null;
                    email?: string | null;
                    phone?: string | null;
                    company?: string | null;
                    cpf_cnpj?: string | null;
                    /**
                     * @default other
                     * @enum {string}
                     */
                    interest_type?: "solar" | "financing" | "quote" | "product" | "catalog" | "calculator" | "chat" | "other";
                    message?: string | null;
                    monthly_bill_brl?: number | null;
                    monthly_consumption_kwh?: number | null;
                    city?: string | null;
                    state?: string | null;
                    utm_source?: string | null;
                    utm_medium?: string | null;
                    utm_campaign?: string | null;
                    utm_term?: string | null;
                    utm_content?: string | null;
                    gclid?: string | null;
                    fbclid?: string | null;
                    landing_page?: string | null;
                    referrer?: string | null;
                    anonymous_id?: string | null;
                    session_id?: string | null;
                    consent?: {
                        marketing?: boolean;
                        terms_version?: string;
                        analytics?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCaptureLeadResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client (`solar360_rate_limited`); see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360LeadsConsentConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreConfirmLeadConsentResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360PhotogrammetryLookup: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "latitude": -19.9245,
                 *       "longitude": -43.9352
                 *     }
                 */
                "application/json": {
                    address?: string;
                    latitude?: number;
                    longitude?: number;
                    requested_kwp?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorePhotogrammetryLookupResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client (`solar360_rate_limited`); see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service failed with nothing cached to serve (`solar360_upstream_error`). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service is busy (`solar360_upstream_busy`) or its daily budget is used (`solar360_upstream_budget_exhausted`); see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service did not answer in time (`solar360_upstream_timeout`). */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360RagQueriesIdFeedback: {
        parameters: {
            query?: {
                session_token?: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "thumbs": "up"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    thumbs: "up" | "down";
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreRagQueryFeedbackResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStoreSolar360SolarViabilityAnalyses: {
        parameters: {
            query?: {
                fields?: string;
                resume_token?: unknown;
            };
            header?: {
                /** @description Optional, 16 to 255 visible ASCII characters (send a random UUID per request): a retry with the same key from the same caller answers the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "monthly_consumption_kwh": 450,
                 *       "state": "MG",
                 *       "city": "Belo Horizonte",
                 *       "connection_type": "bi"
                 *     }
                 */
                "application/json": {
                    monthly_consumption_kwh?: number | null;
                    monthly_bill_brl?: number | null;
                    tariff_kwh_brl?: number | null;
                    utility_company?: string | null;
                    state: string;
                    city?: string | null;
                    /**
                     * @default bi
                     * @enum {string}
                     */
                    connection_type?: "mono" | "bi" | "bi_2_wires" | "tri";
                    roof_area_m2?: number | null;
                    latitude?: number | null;
                    longitude?: number | null;
                    panel_wattage?: number | null;
                    /** @default false */
                    grandfathered?: boolean;
                    /** Format: date */
                    expected_connection_date?: string | null;
                    total_investment_brl?: number | null;
                    quote_id?: string | null;
                    solar_calculation_id?: string | null;
                    session_id?: string | null;
                    contact?: {
                        name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        company?: string | null;
                        city?: string | null;
                        state?: string | null;
                        message?: string | null;
                        anonymous_id?: string | null;
                        session_id?: string | null;
                        consent?: {
                            marketing?: boolean;
                            terms_version?: string;
                            analytics?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description An Idempotency-Key replayed an earlier request: the same record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCreateSolarViabilityAnalysisResponse"];
                };
            };
            /** @description Analysis created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCreateSolarViabilityAnalysisResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client (`solar360_rate_limited`); see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service failed with nothing cached to serve (`solar360_upstream_error`). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service is busy (`solar360_upstream_busy`) or its daily budget is used (`solar360_upstream_budget_exhausted`); see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service did not answer in time (`solar360_upstream_timeout`). */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360SolarViabilityAnalysesId: {
        parameters: {
            query?: {
                fields?: string;
                resume_token?: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreSolarViabilityAnalysisResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoreSolar360Tariffs: {
        parameters: {
            query: {
                distributor: string;
                subgroup?: string;
                modality?: string;
                class?: string;
                subclass?: string;
                detail?: string;
                posto?: string;
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreTariffResponse"];
                };
            };
            /** @description Invalid request (type `invalid_data`): the body, query or a header failed validation. `code` is `solar360_invalid_input` or a more specific Solar360ErrorCode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (`solar360_not_found`), or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client (`solar360_rate_limited`); see the Retry-After header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service failed with nothing cached to serve (`solar360_upstream_error`). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service is busy (`solar360_upstream_busy`) or its daily budget is used (`solar360_upstream_budget_exhausted`); see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An external service did not answer in time (`solar360_upstream_timeout`). */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}

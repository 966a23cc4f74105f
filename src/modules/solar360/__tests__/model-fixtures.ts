// One minimal valid record per model, with the facts the CRUD tests need: which field to
// filter and update on, which enum field to break and which unique key to repeat.
// Shared by the module specs; not a test file itself.

type Fixture = {
  /** Singular and plural stems of the generated service methods. */
  singular: string
  plural: string
  table: string
  idPrefix: string
  valid: () => Record<string, unknown>
  filter: (record: Record<string, unknown>) => Record<string, unknown>
  update: Record<string, unknown>
  invalidEnum?: Record<string, unknown>
  uniqueKey?: string
}

let sequence = 0
const unique = (label: string) => `${label}-${Date.now()}-${++sequence}`
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000)

export const MODEL_FIXTURES: Fixture[] = [
  {
    singular: "Lead",
    plural: "Leads",
    table: "lead",
    idPrefix: "lead_",
    valid: () => ({
      name: "Maria Silva",
      email: `${unique("maria")}@example.com`,
      phone: "+5511987654321",
      interest_type: "solar",
      utm_campaign: "verao-2026",
      monthly_bill_brl: 450.5,
    }),
    filter: (r) => ({ email: r.email }),
    update: { status: "contacted", score: 72, is_qualified: true },
    invalidEnum: { status: "archived" },
  },
  {
    singular: "Event",
    plural: "Events",
    table: "event",
    idPrefix: "evt_",
    valid: () => ({
      message_id: unique("msg"),
      event_name: "page_view",
      category: "page_view",
      occurred_at: new Date(),
      received_at: new Date(),
      session_id: "sess_1",
      path: "/produtos",
    }),
    filter: (r) => ({ message_id: r.message_id }),
    update: { label: "hero", scroll_depth: 80 },
    invalidEnum: { category: "pageview" },
    uniqueKey: "message_id",
  },
  {
    singular: "RagQuery",
    plural: "RagQueries",
    table: "rag_query",
    idPrefix: "ragq_",
    valid: () => ({
      query_text: "Quanto custa um sistema de 5 kWp?",
      conversation_id: unique("hconv"),
      llm_model: "gpt-4o-mini",
      total_tokens: 812,
      estimated_cost_usd: 0.0012,
    }),
    filter: (r) => ({ conversation_id: r.conversation_id }),
    update: { user_feedback: "positive", flagged_for_review: true },
    invalidEnum: { user_feedback: "meh" },
  },
  {
    singular: "HelioConversation",
    plural: "HelioConversations",
    table: "helio_conversation",
    idPrefix: "hconv_",
    valid: () => ({
      session_id: unique("sess"),
      title: "Dúvidas sobre inversores",
      intent: "learn",
    }),
    filter: (r) => ({ session_id: r.session_id }),
    update: { status: "completed", message_count: 6, issue_resolved: true },
    invalidEnum: { intent: "browse" },
  },
  {
    singular: "PhotogrammetryAnalysis",
    plural: "PhotogrammetryAnalyses",
    table: "photogrammetry_analysis",
    idPrefix: "photo_",
    valid: () => ({
      address: "Av. Paulista, 1000, São Paulo - SP",
      address_hash: unique("addr"),
      latitude: -23.56321,
      longitude: -46.65425,
      input_source: "google_maps",
      provider: "google_solar",
    }),
    filter: (r) => ({ address_hash: r.address_hash }),
    update: { status: "completed", usable_area_m2: 84.2, recommended_panel_count: 14 },
    invalidEnum: { model_3d_format: "fbx" },
  },
  {
    singular: "FinancingSimulation",
    plural: "FinancingSimulations",
    table: "financing_simulation",
    idPrefix: "fsim_",
    valid: () => ({
      system_cost: 25000,
      down_payment: 5000,
      financing_amount: 20000,
      term_months: 60,
      session_id: unique("sess"),
    }),
    filter: (r) => ({ session_id: r.session_id }),
    update: { status: "approved", was_approved: true, approved_amount: 20000 },
    invalidEnum: { status: "maybe" },
  },
  {
    singular: "SolarViabilityAnalysis",
    plural: "SolarViabilityAnalyses",
    table: "solar_viability_analysis",
    idPrefix: "sva_",
    valid: () => ({
      monthly_consumption_kwh: 450,
      monthly_bill_brl: 420,
      state: "SP",
      session_id: unique("sess"),
    }),
    filter: (r) => ({ session_id: r.session_id }),
    update: { recommendation: "recommended", viability_score: 78, is_viable: true },
    invalidEnum: { recommendation: "perfect" },
  },
  {
    singular: "CatalogAccessLog",
    plural: "CatalogAccessLogs",
    table: "catalog_access_log",
    idPrefix: "cal_",
    valid: () => ({
      message_id: unique("msg"),
      action_type: "product_view",
      product_id: "prod_01",
      view_context: "detail",
      price_brl: 1299.9,
    }),
    filter: (r) => ({ message_id: r.message_id }),
    update: { led_to_cart: true, cart_id: "cart_01" },
    invalidEnum: { action_type: "hover" },
    uniqueKey: "message_id",
  },
  {
    singular: "PvlibCache",
    plural: "PvlibCaches",
    table: "pvlib_cache",
    idPrefix: "pvc_",
    valid: () => ({
      cache_key: unique("pv"),
      request_params: { latitude: -23.5, longitude: -46.6, tilt: 23 },
      response: { annual_kwh_per_kwp: 1380 },
      status_code: 200,
      fetched_at: new Date(),
      expires_at: inDays(7),
    }),
    filter: (r) => ({ cache_key: r.cache_key }),
    update: { hit_count: 3, last_hit_at: new Date() },
    uniqueKey: "cache_key",
  },
  {
    singular: "AneelCache",
    plural: "AneelCaches",
    table: "aneel_cache",
    idPrefix: "anc_",
    valid: () => ({
      cache_key: unique("aneel"),
      request_params: { distributor_cnpj: "61695227000193", subgroup: "B1" },
      response: { records: [] },
      status_code: 200,
      fetched_at: new Date(),
      expires_at: inDays(30),
    }),
    filter: (r) => ({ cache_key: r.cache_key }),
    update: { hit_count: 1 },
    uniqueKey: "cache_key",
  },
]

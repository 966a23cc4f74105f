// What the plugin records about people, why, and on which LGPD legal basis, per data set.
// Served to storefronts (privacy notices, LGPD art. 9 transparency) and used by the admin.

export type Language = "pt-BR" | "en"

export type LegalBasis =
  | "consent" // art. 7, I
  | "contract" // art. 7, V: steps before a contract at the person's request
  | "legitimate_interest" // art. 7, IX
  | "credit_protection" // art. 7, X

export type DataPractice = {
  /** Stable identifier: the model / table name. */
  category: string
  purpose: Record<Language, string>
  legal_basis: LegalBasis
  /** Stored fields that identify or describe a person. */
  personal_fields: string[]
  /** Whether the request IP is kept as a daily-salted pseudonym (never the raw IP). */
  stores_ip_hash: boolean
}

export const DATA_PRACTICES: readonly DataPractice[] = [
  {
    category: "lead",
    purpose: {
      "pt-BR": "Responder ao seu pedido de contato ou orçamento e acompanhar a proposta.",
      en: "Answer your contact or quote request and follow up on the proposal.",
    },
    legal_basis: "contract",
    personal_fields: ["name", "email", "phone", "company", "cpf_cnpj", "city", "state", "message"],
    stores_ip_hash: true,
  },
  {
    category: "event",
    purpose: {
      "pt-BR": "Medir o uso da loja de forma agregada para melhorá-la.",
      en: "Measure use of the store in aggregate to improve it.",
    },
    legal_basis: "legitimate_interest",
    personal_fields: ["anonymous_id", "session_id", "customer_id"],
    stores_ip_hash: true,
  },
  {
    category: "rag_query",
    purpose: {
      "pt-BR": "Registrar as perguntas ao assistente Helio e as respostas, para auditoria e revisão humana (art. 20).",
      en: "Record questions to the Helio assistant and its answers, for audit and human review (art. 20).",
    },
    legal_basis: "legitimate_interest",
    personal_fields: ["query_text", "response", "customer_id", "session_id"],
    stores_ip_hash: true,
  },
  {
    category: "helio_conversation",
    purpose: {
      "pt-BR": "Acompanhar a qualidade e o resultado das conversas com o assistente Helio.",
      en: "Track the quality and outcome of conversations with the Helio assistant.",
    },
    legal_basis: "legitimate_interest",
    personal_fields: ["summary", "customer_id", "session_id", "lead_id"],
    stores_ip_hash: false,
  },
  {
    category: "photogrammetry_analysis",
    purpose: {
      "pt-BR": "Analisar o telhado do endereço informado para dimensionar o sistema solar.",
      en: "Analyse the roof at the given address to size the solar system.",
    },
    legal_basis: "contract",
    personal_fields: ["address", "street", "number", "zip_code", "latitude", "longitude", "customer_id"],
    stores_ip_hash: false,
  },
  {
    category: "financing_simulation",
    purpose: {
      "pt-BR": "Guardar a sua simulação de financiamento para você retomá-la e para a análise de crédito.",
      en: "Keep your financing simulation so you can resume it, and for credit analysis.",
    },
    legal_basis: "credit_protection",
    personal_fields: ["customer_id", "session_id"],
    stores_ip_hash: false,
  },
  {
    category: "solar_viability_analysis",
    purpose: {
      "pt-BR": "Guardar a análise de viabilidade solar feita para você.",
      en: "Keep the solar viability analysis made for you.",
    },
    legal_basis: "contract",
    personal_fields: ["customer_id", "session_id", "city", "state"],
    stores_ip_hash: false,
  },
  {
    category: "catalog_access_log",
    purpose: {
      "pt-BR": "Entender quais produtos interessam aos visitantes, de forma agregada.",
      en: "Understand which products interest visitors, in aggregate.",
    },
    legal_basis: "legitimate_interest",
    personal_fields: ["customer_id", "session_id", "anonymous_id", "search_term"],
    stores_ip_hash: true,
  },
  {
    category: "pvlib_cache",
    purpose: {
      "pt-BR": "Guardar respostas de irradiação solar por local, para não repetir consultas.",
      en: "Cache solar irradiance answers per location, to avoid repeated lookups.",
    },
    legal_basis: "legitimate_interest",
    personal_fields: [],
    stores_ip_hash: false,
  },
  {
    category: "aneel_cache",
    purpose: {
      "pt-BR": "Guardar tarifas públicas da ANEEL, para não repetir consultas.",
      en: "Cache ANEEL's public tariffs, to avoid repeated lookups.",
    },
    legal_basis: "legitimate_interest",
    personal_fields: [],
    stores_ip_hash: false,
  },
]

export type LocalisedDataPractice = Omit<DataPractice, "purpose"> & { purpose: string }

/** Every practice with its purpose in one language. */
export function describeDataPractices(language: Language): LocalisedDataPractice[] {
  return DATA_PRACTICES.map((practice) => ({ ...practice, purpose: practice.purpose[language] }))
}

export function describeDataPractice(
  category: string,
  language: Language
): LocalisedDataPractice | undefined {
  return describeDataPractices(language).find((p) => p.category === category)
}

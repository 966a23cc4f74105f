const ADMIN_LEAD_LIST_FIELDS = [
  "id",
  "name",
  "email",
  "phone",
  "company",
  "interest_type",
  "status",
  "score",
  "is_qualified",
  "assigned_to",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "touch_count",
  "customer_id",
  "order_id",
  "conversion_value",
  "created_at",
  "updated_at",
]

const ADMIN_LEAD_ALLOWED_FIELDS = [
  ...ADMIN_LEAD_LIST_FIELDS,
  "cpf_cnpj",
  "message",
  "monthly_bill_brl",
  "monthly_consumption_kwh",
  "city",
  "state",
  "interests",
  "utm_term",
  "utm_content",
  "gclid",
  "fbclid",
  "landing_page",
  "referrer",
  "first_touch",
  "last_touch",
  "first_touch_at",
  "last_touch_at",
  "lost_reason",
  "contacted_at",
  "notes",
  "score_breakdown",
  "quote_id",
  "converted_at",
  "consent_marketing",
  "consent_terms_version",
  "consent_at",
  "metadata",
  "deleted_at",
  "customer",
  "customer.*",
  "order",
  "order.*",
  "status_history",
  "status_history.*",
  "consent_history",
  "consent_history.*",
  // Every storefront capture, with what an unverified one said (it changed nothing else)
  "touches",
  "touches.*",
]

export const adminLeadListQueryConfig = {
  defaults: ADMIN_LEAD_LIST_FIELDS,
  allowed: ADMIN_LEAD_ALLOWED_FIELDS,
  defaultLimit: 20,
  isList: true,
}

export const adminLeadQueryConfig = {
  defaults: [
    ...ADMIN_LEAD_ALLOWED_FIELDS.filter(
      (field) => !field.includes(".") && !["customer", "order", "status_history", "consent_history", "touches"].includes(field)
    ),
    "status_history.*",
  ],
  allowed: ADMIN_LEAD_ALLOWED_FIELDS,
  isList: false,
}

export const LEAD_CONSENT_CHANGE_FIELDS = [
  "id",
  "lead_id",
  "purpose",
  "granted",
  "channel",
  "source",
  "terms_version",
  "occurred_at",
  "recorded_by",
  "note",
  "created_at",
]

export const adminLeadConsentListQueryConfig = {
  defaults: LEAD_CONSENT_CHANGE_FIELDS,
  allowed: LEAD_CONSENT_CHANGE_FIELDS,
  defaultLimit: 20,
  isList: true,
}

/** Columns of the CSV export, in order. */
export const LEAD_EXPORT_COLUMNS = [
  "id",
  "created_at",
  "status",
  "name",
  "email",
  "phone",
  "company",
  "cpf_cnpj",
  "interest_type",
  "score",
  "is_qualified",
  "city",
  "state",
  "monthly_bill_brl",
  "monthly_consumption_kwh",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "assigned_to",
  "touch_count",
  "consent_marketing",
  "customer_id",
  "order_id",
  "conversion_value",
  "converted_at",
  "lost_reason",
] as const

export const LEAD_NOTE_FIELDS = ["id", "lead_id", "body", "author_id", "created_at"]

export const adminLeadNoteListQueryConfig = {
  defaults: LEAD_NOTE_FIELDS,
  allowed: LEAD_NOTE_FIELDS,
  defaultLimit: 20,
  isList: true,
}

/** What a storefront may see of a lead: the person's own data, never scores or notes. */
const STORE_LEAD_FIELDS = [
  "id",
  "name",
  "email",
  "phone",
  "company",
  "interest_type",
  "city",
  "state",
  "consent_marketing",
  "consent_terms_version",
  "created_at",
  "updated_at",
]

export const storeLeadQueryConfig = {
  defaults: STORE_LEAD_FIELDS,
  allowed: STORE_LEAD_FIELDS,
  isList: false,
}

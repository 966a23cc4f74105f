import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129222116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "solar360_privacy_audit" drop constraint if exists "solar360_privacy_audit_idempotency_key_hash_unique";`);
    this.addSql(`create table if not exists "lead_consent_change" ("id" text not null, "lead_id" text not null, "purpose" text check ("purpose" in ('marketing', 'terms')) not null, "granted" boolean not null, "channel" text check ("channel" in ('web_form', 'checkout', 'email', 'whatsapp', 'phone', 'in_person', 'admin', 'api')) not null, "source" text null, "terms_version" text null, "occurred_at" timestamptz not null, "recorded_by" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lead_consent_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_lead_id" ON "lead_consent_change" ("lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_deleted_at" ON "lead_consent_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_occurred_at" ON "lead_consent_change" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_lead_id_purpose_occurred_at" ON "lead_consent_change" ("lead_id", "purpose", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_consent_change_lead_id_all" ON "lead_consent_change" ("lead_id");`);

    this.addSql(`create table if not exists "solar360_privacy_audit" ("id" text not null, "action" text check ("action" in ('export', 'erase')) not null, "mode" text check ("mode" in ('anonymise', 'delete')) null, "format" text null, "actor_type" text null, "actor_id" text null, "identifier_hashes" jsonb not null, "counts" jsonb not null, "reason" text null, "idempotency_key_hash" text null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "solar360_privacy_audit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_privacy_audit_deleted_at" ON "solar360_privacy_audit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_privacy_audit_action" ON "solar360_privacy_audit" ("action") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar360_privacy_audit_created_at" ON "solar360_privacy_audit" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_solar360_privacy_audit_idempotency_key_hash_unique" ON "solar360_privacy_audit" ("idempotency_key_hash") WHERE idempotency_key_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lead_consent_change" add constraint "lead_consent_change_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade;`);

    this.addSql(`drop index if exists "IDX_catalog_access_log_session_id";`);
    this.addSql(`drop index if exists "IDX_cal_customer_id_set";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_session_id_all" ON "catalog_access_log" ("session_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_anonymous_id_all" ON "catalog_access_log" ("anonymous_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_customer_id_all" ON "catalog_access_log" ("customer_id");`);

    this.addSql(`drop index if exists "IDX_event_session_id";`);
    this.addSql(`drop index if exists "IDX_event_anonymous_id";`);
    this.addSql(`drop index if exists "IDX_event_customer_id_set";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_session_id_all" ON "event" ("session_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_anonymous_id_all" ON "event" ("anonymous_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_customer_id_all" ON "event" ("customer_id");`);

    this.addSql(`drop index if exists "IDX_financing_simulation_customer_id";`);
    this.addSql(`drop index if exists "IDX_financing_simulation_session_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_customer_id_all" ON "financing_simulation" ("customer_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_session_id_all" ON "financing_simulation" ("session_id");`);

    this.addSql(`drop index if exists "IDX_helio_conversation_customer_id";`);
    this.addSql(`drop index if exists "IDX_helio_conversation_lead_id";`);
    this.addSql(`drop index if exists "IDX_helio_conversation_session_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_customer_id_all" ON "helio_conversation" ("customer_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_lead_id_all" ON "helio_conversation" ("lead_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_session_id_all" ON "helio_conversation" ("session_id");`);

    this.addSql(`drop index if exists "IDX_lead_email";`);
    this.addSql(`drop index if exists "IDX_lead_phone";`);
    this.addSql(`drop index if exists "IDX_lead_customer_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_email_all" ON "lead" ("email");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_phone_all" ON "lead" ("phone");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_cpf_cnpj_all" ON "lead" ("cpf_cnpj");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_customer_id_all" ON "lead" ("customer_id");`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_status_change_lead_id_all" ON "lead_status_change" ("lead_id");`);

    this.addSql(`drop index if exists "IDX_photogrammetry_analysis_customer_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photogrammetry_analysis_customer_id_all" ON "photogrammetry_analysis" ("customer_id");`);

    this.addSql(`drop index if exists "IDX_rag_query_customer_id";`);
    this.addSql(`drop index if exists "IDX_rag_query_conversation_id";`);
    this.addSql(`drop index if exists "IDX_rag_query_session_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_customer_id_all" ON "rag_query" ("customer_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_conversation_id_all" ON "rag_query" ("conversation_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_session_id_all" ON "rag_query" ("session_id");`);

    this.addSql(`drop index if exists "IDX_solar_viability_analysis_customer_id";`);
    this.addSql(`drop index if exists "IDX_solar_viability_analysis_session_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_customer_id_all" ON "solar_viability_analysis" ("customer_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_session_id_all" ON "solar_viability_analysis" ("session_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead_consent_change" cascade;`);

    this.addSql(`drop table if exists "solar360_privacy_audit" cascade;`);

    this.addSql(`drop index if exists "IDX_catalog_access_log_session_id_all";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_anonymous_id_all";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_customer_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_session_id" ON "catalog_access_log" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_customer_id_set" ON "catalog_access_log" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_event_session_id_all";`);
    this.addSql(`drop index if exists "IDX_event_anonymous_id_all";`);
    this.addSql(`drop index if exists "IDX_event_customer_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_session_id" ON "event" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_anonymous_id" ON "event" ("anonymous_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_customer_id_set" ON "event" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_financing_simulation_customer_id_all";`);
    this.addSql(`drop index if exists "IDX_financing_simulation_session_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_customer_id" ON "financing_simulation" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_financing_simulation_session_id" ON "financing_simulation" ("session_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_helio_conversation_customer_id_all";`);
    this.addSql(`drop index if exists "IDX_helio_conversation_lead_id_all";`);
    this.addSql(`drop index if exists "IDX_helio_conversation_session_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_customer_id" ON "helio_conversation" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_lead_id" ON "helio_conversation" ("lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_session_id" ON "helio_conversation" ("session_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_lead_email_all";`);
    this.addSql(`drop index if exists "IDX_lead_phone_all";`);
    this.addSql(`drop index if exists "IDX_lead_cpf_cnpj_all";`);
    this.addSql(`drop index if exists "IDX_lead_customer_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_email" ON "lead" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_phone" ON "lead" ("phone") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lead_customer_id" ON "lead" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_lead_status_change_lead_id_all";`);

    this.addSql(`drop index if exists "IDX_photogrammetry_analysis_customer_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_photogrammetry_analysis_customer_id" ON "photogrammetry_analysis" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_rag_query_customer_id_all";`);
    this.addSql(`drop index if exists "IDX_rag_query_conversation_id_all";`);
    this.addSql(`drop index if exists "IDX_rag_query_session_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_customer_id" ON "rag_query" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_conversation_id" ON "rag_query" ("conversation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_session_id" ON "rag_query" ("session_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_solar_viability_analysis_customer_id_all";`);
    this.addSql(`drop index if exists "IDX_solar_viability_analysis_session_id_all";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_customer_id" ON "solar_viability_analysis" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_solar_viability_analysis_session_id" ON "solar_viability_analysis" ("session_id") WHERE deleted_at IS NULL;`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129184409 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "rag_query" drop constraint if exists "rag_query_conversation_id_message_id_unique";`);
    this.addSql(`alter table if exists "helio_conversation" add column if not exists "response_time_total_ms" integer not null default 0, add column if not exists "timed_response_count" integer not null default 0, add column if not exists "satisfaction_comment" text null, add column if not exists "satisfaction_at" timestamptz null, add column if not exists "escalated_at" timestamptz null, add column if not exists "content_blanked_at" timestamptz null, add column if not exists "session_token_hash" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helio_conversation_last_message_at" ON "helio_conversation" ("last_message_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "rag_query" add column if not exists "message_id" text null, add column if not exists "retrieval_time_ms" integer null, add column if not exists "time_to_first_token_ms" integer null, add column if not exists "cached_tokens" integer null, add column if not exists "reasoning_tokens" integer null, add column if not exists "cost_source" text check ("cost_source" in ('caller', 'price_table', 'unknown')) null, add column if not exists "price_version" text null, add column if not exists "user_feedback_at" timestamptz null, add column if not exists "review_outcome" text check ("review_outcome" in ('approved', 'corrected', 'rejected')) null, add column if not exists "review_notes" text null, add column if not exists "content_captured" boolean not null default true, add column if not exists "content_blanked_at" timestamptz null;`);
    this.addSql(`alter table if exists "rag_query" alter column "query_text" type text using ("query_text"::text);`);
    this.addSql(`alter table if exists "rag_query" alter column "query_text" drop not null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_llm_model" ON "rag_query" ("llm_model") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rag_query_reviewed_by_human" ON "rag_query" ("reviewed_by_human") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rag_query_conversation_id_message_id_unique" ON "rag_query" ("conversation_id", "message_id") WHERE message_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_helio_conversation_last_message_at";`);
    this.addSql(`alter table if exists "helio_conversation" drop column if exists "response_time_total_ms", drop column if exists "timed_response_count", drop column if exists "satisfaction_comment", drop column if exists "satisfaction_at", drop column if exists "escalated_at", drop column if exists "content_blanked_at", drop column if exists "session_token_hash";`);

    this.addSql(`drop index if exists "IDX_rag_query_llm_model";`);
    this.addSql(`drop index if exists "IDX_rag_query_reviewed_by_human";`);
    this.addSql(`drop index if exists "IDX_rag_query_conversation_id_message_id_unique";`);
    this.addSql(`alter table if exists "rag_query" drop column if exists "message_id", drop column if exists "retrieval_time_ms", drop column if exists "time_to_first_token_ms", drop column if exists "cached_tokens", drop column if exists "reasoning_tokens", drop column if exists "cost_source", drop column if exists "price_version", drop column if exists "user_feedback_at", drop column if exists "review_outcome", drop column if exists "review_notes", drop column if exists "content_captured", drop column if exists "content_blanked_at";`);

    this.addSql(`alter table if exists "rag_query" alter column "query_text" type text using ("query_text"::text);`);
    this.addSql(`alter table if exists "rag_query" alter column "query_text" set not null;`);
  }

}

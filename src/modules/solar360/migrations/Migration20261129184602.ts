import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129184602 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helio_conversation" drop constraint if exists "helio_conversation_idempotency_key_hash_unique";`);
    this.addSql(`alter table if exists "helio_conversation" add column if not exists "idempotency_key_hash" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helio_conversation_idempotency_key_hash_unique" ON "helio_conversation" ("idempotency_key_hash") WHERE idempotency_key_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_helio_conversation_idempotency_key_hash_unique";`);
    this.addSql(`alter table if exists "helio_conversation" drop column if exists "idempotency_key_hash";`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129154854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_catalog_access_log_action_type";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_customer_id";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_cart_id";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_quote_id";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_order_id";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_search_term";`);
    this.addSql(`drop index if exists "IDX_catalog_access_log_created_at";`);

    this.addSql(`alter table if exists "catalog_access_log" add column if not exists "client_timestamp" timestamptz null, add column if not exists "sent_at" timestamptz null, add column if not exists "received_at" timestamptz null, add column if not exists "browser" text null, add column if not exists "os" text null, add column if not exists "country" text null, add column if not exists "region" text null, add column if not exists "city" text null, add column if not exists "is_bot" boolean not null default false;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_customer_id_set" ON "catalog_access_log" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_cart_id_set" ON "catalog_access_log" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_quote_id_set" ON "catalog_access_log" ("quote_id") WHERE quote_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_order_id_set" ON "catalog_access_log" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_search_term_set" ON "catalog_access_log" ("search_term") WHERE search_term IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_occurred_at_brin" ON "catalog_access_log" USING BRIN ("occurred_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cal_created_at_brin" ON "catalog_access_log" USING BRIN ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_cal_customer_id_set";`);
    this.addSql(`drop index if exists "IDX_cal_cart_id_set";`);
    this.addSql(`drop index if exists "IDX_cal_quote_id_set";`);
    this.addSql(`drop index if exists "IDX_cal_order_id_set";`);
    this.addSql(`drop index if exists "IDX_cal_search_term_set";`);
    this.addSql(`drop index if exists "IDX_cal_occurred_at_brin";`);
    this.addSql(`drop index if exists "IDX_cal_created_at_brin";`);
    this.addSql(`alter table if exists "catalog_access_log" drop column if exists "client_timestamp", drop column if exists "sent_at", drop column if exists "received_at", drop column if exists "browser", drop column if exists "os", drop column if exists "country", drop column if exists "region", drop column if exists "city", drop column if exists "is_bot";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_action_type" ON "catalog_access_log" ("action_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_customer_id" ON "catalog_access_log" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_cart_id" ON "catalog_access_log" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_quote_id" ON "catalog_access_log" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_order_id" ON "catalog_access_log" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_search_term" ON "catalog_access_log" ("search_term") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_access_log_created_at" ON "catalog_access_log" ("created_at") WHERE deleted_at IS NULL;`);
  }

}

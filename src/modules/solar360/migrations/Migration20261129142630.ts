import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129142630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_event_category";`);
    this.addSql(`drop index if exists "IDX_event_customer_id";`);
    this.addSql(`drop index if exists "IDX_event_cart_id";`);
    this.addSql(`drop index if exists "IDX_event_product_id";`);
    this.addSql(`drop index if exists "IDX_event_order_id";`);
    this.addSql(`drop index if exists "IDX_event_utm_campaign";`);
    this.addSql(`drop index if exists "IDX_event_occurred_at";`);
    this.addSql(`drop index if exists "IDX_event_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_customer_id_set" ON "event" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_cart_id_set" ON "event" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_product_id_set" ON "event" ("product_id") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_order_id_set" ON "event" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_utm_campaign_set" ON "event" ("utm_campaign") WHERE utm_campaign IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_occurred_at_brin" ON "event" USING BRIN ("occurred_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_created_at_brin" ON "event" USING BRIN ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_event_customer_id_set";`);
    this.addSql(`drop index if exists "IDX_event_cart_id_set";`);
    this.addSql(`drop index if exists "IDX_event_product_id_set";`);
    this.addSql(`drop index if exists "IDX_event_order_id_set";`);
    this.addSql(`drop index if exists "IDX_event_utm_campaign_set";`);
    this.addSql(`drop index if exists "IDX_event_occurred_at_brin";`);
    this.addSql(`drop index if exists "IDX_event_created_at_brin";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_category" ON "event" ("category") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_customer_id" ON "event" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_cart_id" ON "event" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_product_id" ON "event" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_order_id" ON "event" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_utm_campaign" ON "event" ("utm_campaign") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_occurred_at" ON "event" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_created_at" ON "event" ("created_at") WHERE deleted_at IS NULL;`);
  }

}

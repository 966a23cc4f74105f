import { model } from "@medusajs/framework/utils"

/**
 * Internal: paid upstream calls per provider and UTC day, shared by every server instance so
 * a daily spend cap holds across them (incremented atomically before each call).
 */
export const UpstreamSpend = model
  .define("solar360_upstream_spend", {
    id: model.id({ prefix: "uspend" }).primaryKey(),
    provider: model.text(),
    // UTC day, "YYYY-MM-DD"
    day: model.text(),
    calls: model.number().default(0),
  })
  .indexes([{ on: ["provider", "day"], unique: true }])

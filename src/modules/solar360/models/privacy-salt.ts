import { model } from "@medusajs/framework/utils"

/**
 * Internal: the secret salt of one UTC day for hashing IPs (Plausible's model). Every server
 * instance reads the day's salt from here so hashes agree; retired salts are deleted after a
 * grace period so old hashes can no longer be reversed by brute force over the IPv4 space.
 */
export const PrivacySalt = model
  .define("solar360_privacy_salt", {
    id: model.id({ prefix: "psalt" }).primaryKey(),
    // UTC day the salt belongs to, "YYYY-MM-DD"
    day: model.text(),
    salt: model.text(),
  })
  .indexes([{ on: ["day"], unique: true }])

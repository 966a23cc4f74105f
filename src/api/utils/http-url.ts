import { z } from "@medusajs/framework/zod"

/**
 * A URL the plugin may hand back to a browser as a link (e.g. `bank_url`): http(s) only, so a
 * stored value can never be a `javascript:` or `data:` link in a storefront or the dashboard.
 */
export const httpUrl = (max = 2048) =>
  z
    .string()
    .trim()
    .max(max)
    .url({ protocol: /^https?$/, message: "must be an http(s) URL" })

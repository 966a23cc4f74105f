import { z } from "@medusajs/framework/zod"
import { ReportRangeParams } from "../helpers"

/** The carts' currency: one report per currency, so values add up (the demo store is BRL). */
const currencyCode = () =>
  z
    .string()
    .regex(/^[a-zA-Z]{3}$/, { message: "must be a 3-letter ISO 4217 currency code" })
    .transform((value) => value.toLowerCase())
    .default("brl")

export const AdminGetCartAbandonmentParams = ReportRangeParams.extend({
  currency_code: currencyCode(),
  /** How many products `top_products` holds. */
  limit: z.coerce.number().int().min(1).max(100).default(10),
}).strict()

export type AdminGetCartAbandonmentParams = z.infer<typeof AdminGetCartAbandonmentParams>

export const AdminGetAbandonedCartsParams = ReportRangeParams.extend({
  currency_code: currencyCode(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
}).strict()

export type AdminGetAbandonedCartsParams = z.infer<typeof AdminGetAbandonedCartsParams>

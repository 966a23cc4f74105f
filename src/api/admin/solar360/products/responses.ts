import { z } from "@medusajs/framework/zod"
import { ReportRange } from "../../../utils/response-schemas"

export const AdminProductAnalyticsResponse = z
  .object({
    product: z.looseObject({ id: z.string(), title: z.string().nullable().optional() }),
    range: ReportRange,
    views: z.number().int(),
    add_to_cart: z.number().int(),
    purchases: z.number().int(),
    cart_rate: z.number(),
    purchase_rate: z.number(),
    rolled_up_days: z.number().int(),
    events: z.array(z.object({ event_name: z.string(), count: z.number().int() })),
    searches: z.array(z.object({ term: z.string(), count: z.number().int() })),
    co_viewed: z.array(z.object({ product_id: z.string(), product_name: z.string().nullable(), sessions: z.number().int() })),
  })
  .meta({
    id: "AdminProductAnalyticsResponse",
    example: {
      product: { id: "prod_01", title: "Painel 550 W" },
      range: { from: "2026-02-01", to: "2026-03-02", days: 30, time_zone: "America/Sao_Paulo" },
      views: 120,
      add_to_cart: 18,
      purchases: 4,
      cart_rate: 0.15,
      purchase_rate: 0.0333,
      rolled_up_days: 29,
      events: [{ event_name: "add_to_cart", count: 20 }],
      searches: [{ term: "painel 550w", count: 12 }],
      co_viewed: [{ product_id: "prod_02", product_name: "Inversor 5 kW", sessions: 9 }],
    },
  })
export type AdminProductAnalyticsResponse = z.infer<typeof AdminProductAnalyticsResponse>

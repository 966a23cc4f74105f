// Reads the carts of a report from Medusa's cart module through Query (read-only: the plugin
// never writes or queries core tables itself). Bounded: a range of at most
// CART_REPORT_MAX_DAYS days and at most MAX_CARTS carts per call.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, type ReportRange, startOfDayInTimeZone } from "../../../../../lib/analytics/reports"
import type { CartSnapshot } from "../../../../../lib/analytics/cart-abandonment"
import { invalidData, Solar360ErrorCode } from "../../../../../modules/solar360"
import { dashboardRange } from "../helpers"

/** Days a cart report may cover: every cart of the range is read and classified per call. */
export const CART_REPORT_MAX_DAYS = 92
/**
 * Carts read per call at most; more asks for a narrower range. Measured on 2 shared cores:
 * 10,000 carts of two items each take 4-8 s to read through Query (the ORM's hydration of
 * the line items is most of it) and ~0.1 s to classify.
 */
export const MAX_CARTS = 10_000
const PAGE = 2_000

const CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "currency_code",
  "created_at",
  "updated_at",
  "completed_at",
  "items.id",
  "items.product_id",
  "items.title",
  "items.product_title",
  "items.quantity",
  "items.unit_price",
  "items.created_at",
  "items.updated_at",
]

export type LoadedCart = CartSnapshot & {
  email: string | null
  customer_id: string | null
  currency_code: string
}

export function cartReportRange(input: { from?: string; to?: string }, timeZone: string): ReportRange {
  return dashboardRange(input, timeZone, {
    maxDays: CART_REPORT_MAX_DAYS,
    reason: "every cart of the range is read per call",
  })
}

/** The carts created in the range (calendar days in the range's time zone), in one currency. */
export async function loadCartsCreatedIn(
  scope: MedusaContainer,
  range: ReportRange,
  currencyCode: string
): Promise<LoadedCart[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = {
    currency_code: currencyCode,
    created_at: {
      $gte: startOfDayInTimeZone(range.from, range.time_zone),
      $lt: startOfDayInTimeZone(addDays(range.to, 1), range.time_zone),
    },
  }
  const carts: LoadedCart[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data, metadata } = await query.graph({
      entity: "cart",
      fields: CART_FIELDS,
      filters,
      pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    })
    const total = (metadata as { count?: number } | undefined)?.count ?? 0
    if (total > MAX_CARTS) {
      throw invalidData(
        `The range holds ${total} carts; at most ${MAX_CARTS} are read per call: choose a shorter range`,
        Solar360ErrorCode.INVALID_RANGE
      )
    }
    for (const cart of data as any[]) {
      carts.push({
        id: cart.id,
        email: cart.email ?? null,
        customer_id: cart.customer_id ?? null,
        currency_code: cart.currency_code,
        created_at: cart.created_at,
        updated_at: cart.updated_at,
        completed_at: cart.completed_at ?? null,
        items: (cart.items ?? []).filter(Boolean).map((item: any) => ({
          product_id: item.product_id ?? null,
          title: item.product_title ?? item.title ?? null,
          quantity: Number(item.quantity),
          unit_price: Number(item.unit_price),
          created_at: item.created_at ?? null,
          updated_at: item.updated_at ?? null,
        })),
      })
    }
    if (data.length < PAGE || skip + PAGE >= total) {
      return carts
    }
  }
}

import type { AdminProductAnalyticsResponse } from "../../api/types"
import { useSolar360Query } from "../lib/query"

export type ProductAnalytics = AdminProductAnalyticsResponse

/** The periods the product widget offers, in days. */
export const PRODUCT_ANALYTICS_PERIODS = [7, 30, 90, 365] as const

/** A product's views, conversion, searches and co-viewed products over the last `days` days. */
export function useProductAnalytics(productId: string, days: number) {
  return useSolar360Query<ProductAnalytics>(`/admin/solar360/products/${productId}/analytics`, { days }, {
    enabled: Boolean(productId),
    placeholderData: (previous) => previous,
  })
}

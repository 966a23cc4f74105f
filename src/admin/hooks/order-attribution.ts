import type { AdminOrderAttributionResponse } from "../../api/types"
import { useSolar360Query } from "../lib/query"

export type OrderAttribution = AdminOrderAttributionResponse

/** What brought an order (order detail widget). */
export function useOrderAttribution(orderId: string) {
  return useSolar360Query<OrderAttribution>(`/admin/solar360/orders/${orderId}/attribution`, undefined, {
    enabled: Boolean(orderId),
  })
}

import type { AdminCustomerOverviewResponse } from "../../api/types"
import { useSolar360Query } from "../lib/query"

export type CustomerOverview = AdminCustomerOverviewResponse

/** Everything the plugin holds about one customer, with one timeline (customer detail widget). */
export function useCustomerOverview(customerId: string, limit = 20) {
  return useSolar360Query<CustomerOverview>(
    `/admin/solar360/customers/${customerId}/overview`,
    { limit },
    { enabled: Boolean(customerId) }
  )
}

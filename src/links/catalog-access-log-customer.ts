import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import { Solar360 } from "../modules/solar360"

// Read-only: joins on our customer_id column, so query.graph needs no pivot table.
export default defineLink(
  { linkable: Solar360.linkable.catalogAccessLog, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

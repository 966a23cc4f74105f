import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import { solar360Linkable } from "../modules/solar360/linkable"

// Read-only: joins on our customer_id column, so query.graph needs no pivot table.
export default defineLink(
  { linkable: solar360Linkable.catalogAccessLog, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)

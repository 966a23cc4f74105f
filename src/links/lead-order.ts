import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import { Solar360 } from "../modules/solar360"

// Read-only: joins on our order_id column, so query.graph needs no pivot table.
export default defineLink(
  { linkable: Solar360.linkable.lead, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)

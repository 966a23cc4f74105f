import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import { Solar360 } from "../modules/solar360"

// Read-only: joins on our product_id column, so query.graph needs no pivot table.
export default defineLink(
  { linkable: Solar360.linkable.catalogAccessLog, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)

import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import { solar360Linkable } from "../modules/solar360/linkable"

// Read-only: joins on our product_id column, so query.graph needs no pivot table.
export default defineLink(
  { linkable: solar360Linkable.catalogAccessLog, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)

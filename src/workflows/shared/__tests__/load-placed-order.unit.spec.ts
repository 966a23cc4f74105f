import { toPlacedOrder } from "../load-placed-order"

// The order is read with useQueryGraphStep in the workflow and shaped here: the shape the
// `order.placed` steps receive must stay what the old loading step returned.
describe("toPlacedOrder", () => {
  it("is null when the query found no order", () => {
    expect(toPlacedOrder(undefined)).toBeNull()
  })

  it("shapes the order, its cart link and its lines", () => {
    const placed = toPlacedOrder({
      id: "order_1",
      customer_id: "cus_1",
      currency_code: "brl",
      total: "1500.5",
      created_at: "2026-12-01T10:00:00.000Z",
      cart: { id: "cart_1" },
      items: [
        { product_id: "prod_1", variant_sku: "SKU-1", title: "Panel", quantity: "2", total: 1000 },
        null,
        { product_id: null, title: "Cable", quantity: 1, total: null },
      ],
    })
    expect(placed).toEqual({
      order_id: "order_1",
      cart_id: "cart_1",
      customer_id: "cus_1",
      placed_at: new Date("2026-12-01T10:00:00.000Z"),
      currency_code: "brl",
      total: 1500.5,
      items: [
        { product_id: "prod_1", sku: "SKU-1", title: "Panel", quantity: 2, total: 1000 },
        { product_id: null, sku: null, title: "Cable", quantity: 1, total: null },
      ],
    })
  })

  it("leaves cart, customer and currency null when the order has none", () => {
    const placed = toPlacedOrder({ id: "order_2", total: null, created_at: new Date(0), items: undefined })
    expect(placed).toMatchObject({ cart_id: null, customer_id: null, currency_code: null, total: null, items: [] })
  })
})

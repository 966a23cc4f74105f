import { trackedEventToItem } from "../tracked-event"

const categories = ["page_view", "engagement", "ecommerce"] as const
const options = { categories, defaultCategory: "ecommerce" }

describe("trackedEventToItem", () => {
  it("turns well-known properties into columns and keeps the rest in properties", () => {
    const { item, customer_id } = trackedEventToItem(
      {
        event: "quote_requested",
        actor_id: "cus_01JQUOTE",
        group: { type: "company", id: "comp_1" },
        properties: {
          message_id: "quote:42",
          category: "engagement",
          order_id: "order_1",
          cart_id: "cart_1",
          product_id: "prod_1",
          value: 18500,
          currency_code: "BRL",
          session_id: "sess_1",
          kwp: 5.4,
        },
      },
      options
    )
    expect(customer_id).toBe("cus_01JQUOTE")
    expect(item).toMatchObject({
      message_id: "quote:42",
      event_name: "quote_requested",
      category: "engagement",
      order_id: "order_1",
      cart_id: "cart_1",
      product_id: "prod_1",
      value: 18500,
      currency_code: "brl",
      session_id: "sess_1",
      anonymous_id: null,
      properties: { kwp: 5.4, group: { type: "company", id: "comp_1" } },
    })
    expect(item.occurred_at).toBeInstanceOf(Date)
  })

  it("falls back to the default category, a random message id, and keeps a non-customer actor", () => {
    const { item, customer_id } = trackedEventToItem(
      { event: "sync_done", actor_id: "user_01ADMIN", properties: { category: "nonsense", value: "12" } },
      options
    )
    expect(customer_id).toBeNull()
    expect(item.category).toBe("ecommerce")
    expect(item.message_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(item.value).toBeNull()
    expect(item.properties).toEqual({ actor_id: "user_01ADMIN" })
  })

  it("takes properties.consent as the item's consent and ignores a malformed one", () => {
    const refused = trackedEventToItem(
      { event: "view", properties: { consent: { analytics: false, marketing: false }, kwp: 5 } },
      options
    )
    expect(refused.item).toMatchObject({ consent: { analytics: false, marketing: false }, properties: { kwp: 5 } })
    expect(refused.item.properties).not.toHaveProperty("consent")
    const malformed = trackedEventToItem({ event: "view", properties: { consent: { analytics: "no" } } }, options)
    expect(malformed.item).not.toHaveProperty("consent")
  })
})

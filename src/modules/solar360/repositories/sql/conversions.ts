// Set-based statements that attribute carts and orders to the catalog access logs that led to
// them. Both only ever flip a flag from false to true, so a redelivered event changes nothing.
// A log counts when it is about one of the products, inside the attribution window before the
// conversion, and belongs to the same person: the same customer, the same cart, or one of the
// browsing sessions that touched the cart (anonymous views before login still count).

/** Sessions seen with a cart, in events or catalog logs. Binding: :cart_id. */
const CART_SESSIONS = `
  select session_id from "event"
   where cart_id = :cart_id and session_id is not null and deleted_at is null
  union
  select session_id from catalog_access_log
   where cart_id = :cart_id and session_id is not null and deleted_at is null`

/** The latest session (and its visitor) that touched a cart. Binding: :cart_id. */
export const LATEST_CART_SESSION_SQL = `
  select session_id, anonymous_id from "event"
   where cart_id = :cart_id and session_id is not null and deleted_at is null
   order by occurred_at desc nulls last
   limit 1`

/**
 * Bindings: :order_id, :placed_at, :is_brl, :lines (JSON [{product_id, value}]), :window_days,
 * :customer_id, :cart_id. Answers the marked ids. The value is the order's total for that
 * product, kept only for BRL orders.
 */
export const MARK_PURCHASE_SQL = `
  update catalog_access_log as l
     set led_to_purchase = true,
         order_id = :order_id,
         time_to_conversion_minutes = greatest(0, floor(extract(epoch from
           (:placed_at::timestamptz - coalesce(l.occurred_at, l.created_at))) / 60))::int,
         conversion_value_brl = case when :is_brl then line.value end,
         raw_conversion_value_brl = case when :is_brl and line.value is not null
           then jsonb_build_object('value', line.value::text, 'precision', 20) end,
         updated_at = now()
    from jsonb_to_recordset(:lines::jsonb) as line(product_id text, value numeric)
   where l.product_id = line.product_id
     and l.deleted_at is null
     and l.led_to_purchase = false
     and coalesce(l.occurred_at, l.created_at)
         between :placed_at::timestamptz - make_interval(days => :window_days) and :placed_at::timestamptz
     and (l.customer_id = :customer_id or l.cart_id = :cart_id or l.session_id in (${CART_SESSIONS}))
  returning l.id`

/** Bindings: :cart_id, :product_ids (JSON array), :at, :window_days, :customer_id. Answers the marked ids. */
export const MARK_CART_SQL = `
  update catalog_access_log as l
     set led_to_cart = true,
         cart_id = coalesce(l.cart_id, :cart_id),
         updated_at = now()
   where l.product_id in (select jsonb_array_elements_text(:product_ids::jsonb))
     and l.deleted_at is null
     and l.led_to_cart = false
     and coalesce(l.occurred_at, l.created_at)
         between :at::timestamptz - make_interval(days => :window_days) and :at::timestamptz
     and (l.customer_id = :customer_id or l.cart_id = :cart_id or l.session_id in (${CART_SESSIONS}))
  returning l.id`

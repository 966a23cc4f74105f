/**
 * Links an order to the customer's most recently accepted financing simulation (accepted
 * within the window before the order) and that simulation's viability analysis. Idempotent:
 * nothing happens when a simulation already carries the order, and only empty `order_id`s
 * are filled. SKIP LOCKED keeps two orders placed at once from taking the same simulation.
 * Bindings: order_id, customer_id, window start, placed at.
 */
export const LINK_ORDER_TO_SIMULATION_SQL = `
WITH chosen AS (
  SELECT id
  FROM financing_simulation
  WHERE customer_id = :customer_id
    AND accepted_by_customer
    AND order_id IS NULL
    AND deleted_at IS NULL
    AND accepted_at >= :since
    AND accepted_at <= :placed_at
    AND NOT EXISTS (
      SELECT 1 FROM financing_simulation WHERE order_id = :order_id AND deleted_at IS NULL
    )
  ORDER BY accepted_at DESC
  LIMIT 1
  FOR UPDATE SKIP LOCKED
)
UPDATE financing_simulation AS simulation
SET order_id = :order_id, updated_at = now()
FROM chosen
WHERE simulation.id = chosen.id
RETURNING simulation.id, simulation.solar_viability_analysis_id`

/** Bindings: order_id, analysis id. */
export const LINK_ORDER_TO_ANALYSIS_SQL = `
UPDATE solar_viability_analysis
SET order_id = :order_id, updated_at = now()
WHERE id = :analysis_id AND order_id IS NULL AND deleted_at IS NULL
RETURNING id`

/** Undo of a link (workflow compensation): only rows still carrying this order. Ids as JSON arrays. */
export const UNLINK_ORDER_SQL = `
WITH simulations AS (
  UPDATE financing_simulation SET order_id = NULL, updated_at = now()
  WHERE id IN (SELECT jsonb_array_elements_text(:simulation_ids::jsonb)) AND order_id = :order_id
  RETURNING id
)
UPDATE solar_viability_analysis SET order_id = NULL, updated_at = now()
WHERE id IN (SELECT jsonb_array_elements_text(:analysis_ids::jsonb)) AND order_id = :order_id`

// Which test layers `npm test` runs, and in what order (kept apart from scripts/test.js so a
// unit test can hold it: a full run once silently dropped the browser layer here).
const LAYERS = ["unit", "integration:modules", "integration:http", "cluster", "browser"]

/**
 * The layers to run for `npm test [layer]` (`selectLayers`: all unless one is named), in run order, and whether template1 is migrated
 * beside the unit layer.
 * - The template1 migration (about 20 s) only has to finish before the HTTP layer. On the
 *   throwaway cluster it runs beside the unit layer, which needs no database; the module layer
 *   runs first because its databases are copies of template1 and must start empty.
 * - The cluster layer (several `medusa start` instances on Redis, its own database) runs after
 *   the HTTP layer: a plugin broken in one process fails there first, in less time.
 * - The browser layer runs last: it waits for the admin dashboard build started beside the others.
 */
function selectLayers(requested) {
  return requested && LAYERS.includes(requested) ? [requested] : LAYERS
}

function planLayers(requested, { embedded }) {
  const layers = selectLayers(requested)
  const migrateTemplate = layers.includes("integration:http") && embedded
  const overlap = migrateTemplate && layers.includes("unit")
  const order = overlap
    ? ["integration:modules", "unit", "integration:http", "cluster", "browser"].filter((layer) => layers.includes(layer))
    : layers
  return { layers, order, migrateTemplate, overlap }
}

/**
 * Jest workers per layer: two for the layers whose files each use their own database (jest's
 * worker id names it, so two files never share one), which keeps both cores busy while one
 * file waits on PostgreSQL; one for the browser layer, whose files each boot a Medusa server
 * and a Chromium. `TEST_WORKERS` (a positive integer) overrides every layer.
 */
const WORKERS = { unit: 2, "integration:modules": 2, "integration:http": 2, browser: 1 }

function workersFor(layer, env = process.env) {
  const override = Number(env.TEST_WORKERS)
  if (Number.isInteger(override) && override > 0) {
    return override
  }
  return WORKERS[layer] ?? 1
}

module.exports = { LAYERS, selectLayers, planLayers, workersFor }

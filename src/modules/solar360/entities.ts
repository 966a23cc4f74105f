/** The module's ten data sets, by the entity name `query.graph` and the tables use. */
export const SOLAR360_ENTITIES = [
  "lead",
  "event",
  "rag_query",
  "helio_conversation",
  "photogrammetry_analysis",
  "financing_simulation",
  "solar_viability_analysis",
  "catalog_access_log",
  "pvlib_cache",
  "aneel_cache",
] as const

export type Solar360Entity = (typeof SOLAR360_ENTITIES)[number]

export function isSolar360Entity(value: string): value is Solar360Entity {
  return (SOLAR360_ENTITIES as readonly string[]).includes(value)
}

// Public workflows, importable by a store as `medusa-plugin-solar360/workflows`.
export * from "./privacy"
export * from "./leads"
export * from "./analytics"
export * from "./analytics-reports"
export * from "./calculators"
export * from "./helio"
export * from "./caches"
export * from "./photogrammetry"

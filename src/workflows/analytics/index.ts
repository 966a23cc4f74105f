export * from "./ingest-catalog-access-logs"
export * from "./ingest-events"
export * from "./steps/insert-catalog-access-logs"
export * from "./steps/insert-events"

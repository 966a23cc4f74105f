export * from "./ingest-events"
export * from "./steps/insert-events"

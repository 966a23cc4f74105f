export * from "./purge-expired-cache-entries"
export * from "./purge-cache"
export * from "./steps/purge-expired-cache-entries"
export * from "./steps/purge-cache"

export * from "./canonical-json"
export * from "./cache-key"
export * from "./fetch-json"

export * from "./errors"
export * from "./address"
export * from "./coordinates"
export * from "./building-insights"

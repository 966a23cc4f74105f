export * from "./hash-ip"
export * from "./pii"

export * from "./hash-ip"
export * from "./pii"
export * from "./data-practices"
export * from "./subjects"

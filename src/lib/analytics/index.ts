export * from "./clock"
export * from "./user-agent"

export * from "./clock"
export * from "./user-agent"
export * from "./classify-batch"
export * from "./tracked-event"

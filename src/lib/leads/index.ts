export * from "./funnel"
export * from "./score"
export * from "./capture"

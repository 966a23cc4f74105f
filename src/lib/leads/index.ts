export * from "./funnel"
export * from "./score"
export * from "./capture"
export * from "./consent"

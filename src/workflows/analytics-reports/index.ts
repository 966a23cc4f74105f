export * from "./roll-up-analytics"
export * from "./steps/roll-up-analytics"

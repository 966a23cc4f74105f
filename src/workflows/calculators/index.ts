export * from "./create-financing-simulation"
export * from "./accept-financing-simulation"
export * from "./create-solar-viability-analysis"
export * from "./link-calculators-to-order"

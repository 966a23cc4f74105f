export * from "./resume-token"
export * from "./financing-simulation"

export * from "./record-credit-analysis"
export * from "./steps/record-credit-analysis"

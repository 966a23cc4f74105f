export * from "./lookup-photogrammetry"
export * from "./steps/lookup-photogrammetry"

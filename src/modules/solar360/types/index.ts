// The module's public types: what workflows, routes and jobs import (through the module's index).
export * from "./data-subjects"
export * from "./leads"
export * from "./analytics"
export * from "./caches"
export * from "./helio"
export * from "./calculators"
export * from "./photogrammetry"
export * from "./lead-workspace"

export * from "./errors"
export * from "./numbers"
export * from "./ckan"
export * from "./tariffs"

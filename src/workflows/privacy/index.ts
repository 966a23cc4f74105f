export * from "./purge-retired-ip-salts"
export * from "./steps/purge-retired-ip-salts"
export * from "./apply-data-retention"
export * from "./steps/apply-data-retention"

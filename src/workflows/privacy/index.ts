export * from "./purge-retired-ip-salts"
export * from "./steps/purge-retired-ip-salts"

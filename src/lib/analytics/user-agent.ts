// Device, browser and OS from a User-Agent string, and whether it is a bot. The raw UA is
// never stored: only these parsed, coarse fields are.
import { isbot } from "isbot"
import UAParser from "ua-parser-js"

export type ParsedUserAgent = {
  device_type: string | null
  device_brand: string | null
  device_model: string | null
  browser: string | null
  browser_version: string | null
  os: string | null
  os_version: string | null
  is_bot: boolean
}

export function parseUserAgent(userAgent: string | null | undefined): ParsedUserAgent {
  // Stryker disable next-line StringLiteral: a missing UA read as any text ua-parser and isbot recognise nothing in (the mutant's "Stryker was here!") gives the same all-null, not-a-bot result
  const ua = (userAgent ?? "").trim()
  // Stryker disable next-line BlockStatement: parsing an empty UA gives the same all-null, not-a-bot result (ua-parser reads navigator.userAgent only under a window, which the server has none of); the shortcut only saves the parse
  if (!ua) {
    return {
      device_type: null,
      device_brand: null,
      device_model: null,
      browser: null,
      browser_version: null,
      os: null,
      os_version: null,
      is_bot: false,
    }
  }
  const result = new UAParser(ua).getResult()
  const bot = isbot(ua)
  return {
    // ua-parser leaves the type empty for desktops (it only names the special cases).
    device_type: bot ? "bot" : result.device.type ?? (result.os.name ? "desktop" : null),
    device_brand: result.device.vendor ?? null,
    device_model: result.device.model ?? null,
    browser: result.browser.name ?? null,
    browser_version: result.browser.major ?? null,
    os: result.os.name ?? null,
    os_version: result.os.version ?? null,
    is_bot: bot,
  }
}

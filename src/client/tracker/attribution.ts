/** The campaign parameters of a landing URL, as the events route takes them. */
export type Campaign = Partial<
  Record<"utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content" | "gclid" | "fbclid", string>
>

const CAMPAIGN_PARAMETERS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid"] as const

/** Campaign parameters of a URL (empty values and unparsable URLs give none), trimmed to the route's limits. */
export function readCampaign(url: string): Campaign {
  let search: URLSearchParams
  try {
    search = new URL(url).searchParams
  } catch {
    return {}
  }
  const campaign: Campaign = {}
  for (const name of CAMPAIGN_PARAMETERS) {
    const value = search.get(name)?.trim()
    if (value) campaign[name] = value.slice(0, name === "gclid" || name === "fbclid" ? 300 : 200)
  }
  return campaign
}

/** Whether a landing carries a campaign (which starts a new session when it differs). */
export function hasCampaign(campaign: Campaign): boolean {
  return Object.keys(campaign).length > 0
}

/** A stable key of a campaign, to tell a new campaign from the one the session came with. */
export function campaignKey(campaign: Campaign): string {
  return CAMPAIGN_PARAMETERS.map((name) => campaign[name] ?? "").join("\u0001")
}

/**
 * Channel groups of a visit (issue 16): where it came from, from its UTM medium/source and its
 * referrer's host. The module's SQL (`channelSql` in sql/analytics-dashboard.ts) applies the
 * same rules to stored rows with these lists as bindings; a module test checks both agree.
 *
 * Rules, first match wins (medium and source lower-cased and trimmed; host lower-cased without
 * "www.", empty for a self-referral):
 * 1. email: medium in EMAIL_MEDIUMS, or source in EMAIL_SOURCES, or the host is a webmail host;
 * 2. paid search: medium in PAID_MEDIUMS, unless the source or host is social (then social:
 *    paid social is still social in six groups);
 * 3. social: medium in SOCIAL_MEDIUMS, or source in SOCIAL_SOURCES, or the host is social;
 * 4. organic search: medium "organic", or source in SEARCH_SOURCES, or the host is a search engine;
 * 5. referral: any other host or source;
 * 6. direct: nothing at all.
 *
 * A host matches a list entry when the entry is a run of whole labels of the host:
 * "google" matches "google.com.br" and "news.google.com"; "t.co" matches "t.co" but not
 * "reddit.com". The lists are short on purpose; the `channelHosts` option extends them.
 */

export const CHANNELS = ["direct", "organic_search", "paid_search", "social", "email", "referral"] as const
export type Channel = (typeof CHANNELS)[number]

export const EMAIL_MEDIUMS = ["email", "e-mail", "e_mail", "mail", "newsletter"]
export const EMAIL_SOURCES = ["email", "e-mail", "newsletter", "mailchimp", "rdstation", "sendgrid"]
export const PAID_MEDIUMS = ["cpc", "ppc", "paid", "paidsearch", "paid_search", "paid-search", "sem", "cpm", "display"]
export const SOCIAL_MEDIUMS = ["social", "social-media", "social_media", "social-network", "social_network", "sm", "paid_social", "paid-social"]
export const SOCIAL_SOURCES = ["facebook", "fb", "instagram", "ig", "meta", "twitter", "x", "linkedin", "youtube", "tiktok", "pinterest", "reddit", "whatsapp", "kwai", "threads"]
export const SEARCH_SOURCES = ["google", "bing", "yahoo", "duckduckgo", "yandex", "baidu", "ecosia", "brave"]

export type ChannelHosts = { search: string[]; social: string[]; email: string[] }

export const DEFAULT_CHANNEL_HOSTS: ChannelHosts = {
  search: ["google", "bing.com", "yahoo.com", "duckduckgo.com", "yandex", "baidu.com", "ecosia.org", "search.brave.com"],
  social: [
    "facebook.com", "fb.com", "instagram.com", "t.co", "twitter.com", "x.com", "linkedin.com", "lnkd.in",
    "youtube.com", "youtu.be", "tiktok.com", "pinterest.com", "reddit.com", "whatsapp.com", "wa.me", "threads.net", "kwai.com",
  ],
  // Checked before search: mail.google.com is Gmail, not Google search.
  email: ["mail.google.com", "outlook.live.com", "outlook.office.com", "mail.yahoo.com", "webmail"],
}

/** The default lists plus an option's extra hosts (lower-cased, "www." removed, deduplicated). */
export function channelHosts(extra?: Partial<ChannelHosts>): ChannelHosts {
  const merge = (base: string[], more: string[] = []) => [
    ...new Set([...base, ...more.map((host) => normaliseHost(host)).filter(Boolean)]),
  ]
  return {
    search: merge(DEFAULT_CHANNEL_HOSTS.search, extra?.search),
    social: merge(DEFAULT_CHANNEL_HOSTS.social, extra?.social),
    email: merge(DEFAULT_CHANNEL_HOSTS.email, extra?.email),
  }
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, "")
}

/** True when `entry` is a run of whole labels of `host`. */
export function hostMatches(host: string, entry: string): boolean {
  return Boolean(host) && `.${host}.`.includes(`.${entry}.`)
}

export type ChannelInput = {
  utm_medium?: string | null
  utm_source?: string | null
  /** The referrer's host; empty or null for none or a self-referral. */
  referrer_host?: string | null
}

/** The channel group of a visit (rules in this file's header). */
export function channelOf(input: ChannelInput, hosts: ChannelHosts = DEFAULT_CHANNEL_HOSTS): Channel {
  // Stryker disable next-line StringLiteral: a missing medium read as the mutant's text ("stryker was here!") is in no list and is not "organic", so it falls through the rules as an empty one does
  const medium = (input.utm_medium ?? "").trim().toLowerCase()
  const source = (input.utm_source ?? "").trim().toLowerCase()
  const host = normaliseHost(input.referrer_host ?? "")
  const hostIn = (list: string[]) => list.some((entry) => hostMatches(host, entry))
  const social = SOCIAL_SOURCES.includes(source) || hostIn(hosts.social)
  if (EMAIL_MEDIUMS.includes(medium) || EMAIL_SOURCES.includes(source) || hostIn(hosts.email)) {
    return "email"
  }
  if (PAID_MEDIUMS.includes(medium)) {
    return social ? "social" : "paid_search"
  }
  if (SOCIAL_MEDIUMS.includes(medium) || social) {
    return "social"
  }
  if (medium === "organic" || SEARCH_SOURCES.includes(source) || hostIn(hosts.search)) {
    return "organic_search"
  }
  if (host || source) {
    return "referral"
  }
  return "direct"
}

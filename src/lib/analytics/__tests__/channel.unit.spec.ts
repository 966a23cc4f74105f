import { channelHosts, channelOf, hostMatches } from "../channel"

describe("channelOf", () => {
  it.each([
    [{}, "direct"],
    [{ referrer_host: "" }, "direct"],
    [{ utm_medium: "email", utm_source: "google" }, "email"],
    [{ utm_source: "Newsletter " }, "email"],
    [{ referrer_host: "mail.google.com" }, "email"],
    [{ utm_medium: "CPC", utm_source: "google" }, "paid_search"],
    [{ utm_medium: "cpc", utm_source: "facebook" }, "social"],
    [{ utm_medium: "paid", referrer_host: "l.instagram.com" }, "social"],
    [{ utm_medium: "social" }, "social"],
    [{ utm_source: "whatsapp" }, "social"],
    [{ referrer_host: "t.co" }, "social"],
    [{ referrer_host: "www.google.com.br" }, "organic_search"],
    [{ referrer_host: "news.google.com" }, "organic_search"],
    [{ utm_source: "bing" }, "organic_search"],
    [{ utm_medium: "organic", utm_source: "forum" }, "organic_search"],
    [{ referrer_host: "blog.example.com" }, "referral"],
    [{ utm_source: "parceiro" }, "referral"],
  ] as const)("%j is %s", (input, expected) => {
    expect(channelOf(input)).toBe(expected)
  })

  it("matches whole labels only", () => {
    expect(hostMatches("t.co", "t.co")).toBe(true)
    expect(hostMatches("reddit.co", "t.co")).toBe(false)
    expect(hostMatches("googleapis.example", "google")).toBe(false)
    expect(hostMatches("", "google")).toBe(false)
  })

  it("extends the lists with an option's hosts", () => {
    expect(channelOf({ referrer_host: "busca.uol.com.br" })).toBe("referral")
    const hosts = channelHosts({ search: ["WWW.Busca.UOL.com.br"] })
    expect(channelOf({ referrer_host: "busca.uol.com.br" }, hosts)).toBe("organic_search")
    expect(hosts.social).toContain("facebook.com")
  })
})

import { isDomainError } from "../../errors"
import { mergedLeadFields, parseCsvNumber, parseLeadCsv, pickAssignees } from ".."

describe("pickAssignees (leads.assignment)", () => {
  it("round-robin continues after the user who got the last lead, wrapping around", () => {
    const rule = { strategy: "round_robin" as const, users: ["ana", "bia", "caio"] }
    expect(pickAssignees(rule, [{}, {}, {}, {}], "bia")).toEqual(["caio", "ana", "bia", "caio"])
    expect(pickAssignees(rule, [{}], null)).toEqual(["ana"])
    // A user no longer in the rule starts the turn over.
    expect(pickAssignees(rule, [{}], "zeca")).toEqual(["ana"])
  })

  it("by state: the lead's UF in any case, else the fallback, else nobody", () => {
    const rule = { strategy: "by_state" as const, byState: { SP: "ana", rj: "bia" }, fallback: "caio" }
    expect(pickAssignees(rule, [{ state: "sp" }, { state: "RJ" }, { state: "MG" }, { state: null }])).toEqual([
      "ana",
      "bia",
      "caio",
      "caio",
    ])
    expect(pickAssignees({ strategy: "by_state", byState: { SP: "ana" } }, [{ state: "BA" }])).toEqual([null])
  })

  it("assigns nobody without a rule", () => {
    expect(pickAssignees(undefined, [{ state: "SP" }])).toEqual([null])
  })
})

describe("parseLeadCsv", () => {
  it("maps headers in any case and pt-BR aliases, skips blank cells, reports unknown columns", () => {
    const csv = "\uFEFFNome;E-mail;Telefone;Cidade;UF;Cor favorita\nAna Lima;ANA@x.com;11987654321;Campinas;sp;azul\nBia;;;;;\n"
    const parsed = parseLeadCsv(csv, 10)
    expect(parsed.columns).toEqual(["name", "email", "phone", "city", "state"])
    expect(parsed.unknown_columns).toEqual(["Cor favorita"])
    expect(parsed.rows).toEqual([
      { row: 1, fields: { name: "Ana Lima", email: "ANA@x.com", phone: "11987654321", city: "Campinas", state: "sp" } },
      { row: 2, fields: { name: "Bia" } },
    ])
  })

  it("refuses a file without a known column, too many rows, a repeated field or broken quoting", () => {
    const code = (text: string, max = 10) => {
      try {
        parseLeadCsv(text, max)
      } catch (error) {
        return isDomainError(error) ? error.code : String(error)
      }
      return "did not throw"
    }
    expect(code("a,b\n1,2\n")).toBe("solar360_lead_csv_invalid")
    expect(code("email\na@x.com\nb@x.com\n", 1)).toBe("solar360_lead_csv_invalid")
    expect(code("email,e-mail\na@x.com,b@x.com\n")).toBe("solar360_lead_csv_invalid")
    expect(code('email\n"a@x.com\n')).toBe("solar360_lead_csv_invalid")
    expect(code("")).toBe("solar360_lead_csv_invalid")
  })

  it("reads numbers with a decimal comma or point", () => {
    expect(parseCsvNumber("1.234,56")).toBe(1234.56)
    expect(parseCsvNumber("R$ 250,5")).toBe(250.5)
    expect(parseCsvNumber("1234.5")).toBe(1234.5)
    expect(parseCsvNumber("muito")).toBeNaN()
  })
})

describe("mergedLeadFields", () => {
  it("fills blanks, adds interests and visits, keeps the earliest first and latest last touch and the newer consent", () => {
    const survivor = {
      name: "Ana",
      email: "ana@x.com",
      phone: null,
      interest_type: "solar",
      interests: ["solar"],
      touch_count: 2,
      first_touch_at: "2026-05-01T00:00:00Z",
      last_touch_at: "2026-05-10T00:00:00Z",
      consent_at: "2026-05-01T00:00:00Z",
      consent_marketing: true,
    }
    const absorbed = {
      name: "Ana L.",
      phone: "+5511987654321",
      interest_type: "quote",
      interests: ["quote", "solar"],
      touch_count: 3,
      first_touch_at: "2026-04-01T00:00:00Z",
      first_touch: { at: "2026-04-01T00:00:00Z", utm_source: "google" },
      last_touch_at: "2026-05-05T00:00:00Z",
      consent_at: "2026-05-20T00:00:00Z",
      consent_marketing: false,
    }
    expect(mergedLeadFields(survivor, absorbed)).toEqual({
      phone: "+5511987654321",
      interests: ["solar", "quote"],
      touch_count: 5,
      first_touch_at: "2026-04-01T00:00:00Z",
      first_touch: { at: "2026-04-01T00:00:00Z", utm_source: "google" },
      consent_marketing: false,
      consent_terms_version: null,
      consent_at: "2026-05-20T00:00:00Z",
    })
  })
})

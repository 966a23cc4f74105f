import { DATA_PRACTICES, describeDataPractice, describeDataPractices } from "../data-practices"

describe("data practices", () => {
  it("describes every practice in the asked language, the rest unchanged", () => {
    const english = describeDataPractices("en")
    expect(english).toHaveLength(DATA_PRACTICES.length)
    english.forEach((practice, k) => {
      const { purpose, ...rest } = DATA_PRACTICES[k]
      expect(practice).toEqual({ ...rest, purpose: purpose.en })
    })
    expect(describeDataPractices("pt-BR").map((p) => p.purpose)).toEqual(DATA_PRACTICES.map((p) => p.purpose["pt-BR"]))
  })

  it("finds one practice by its category, or none", () => {
    expect(describeDataPractice("lead", "pt-BR")).toEqual({
      category: "lead",
      purpose: "Responder ao seu pedido de contato ou orçamento e acompanhar a proposta.",
      legal_basis: "contract",
      personal_fields: ["name", "email", "phone", "company", "cpf_cnpj", "city", "state", "message"],
      stores_ip_hash: true,
    })
    expect(describeDataPractice("event", "en")?.purpose).toBe("Measure use of the store in aggregate to improve it.")
    expect(describeDataPractice("nope", "en")).toBeUndefined()
  })

  it("has one entry per category, each with a purpose in both languages", () => {
    const categories = DATA_PRACTICES.map((p) => p.category)
    expect(new Set(categories).size).toBe(categories.length)
    for (const practice of DATA_PRACTICES) {
      expect(practice.purpose["pt-BR"].length).toBeGreaterThan(0)
      expect(practice.purpose.en.length).toBeGreaterThan(0)
    }
  })
})

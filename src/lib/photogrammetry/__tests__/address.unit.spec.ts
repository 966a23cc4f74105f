import { DomainError } from "../../errors"
import { addressHash, normaliseAddress } from "../address"

describe("normaliseAddress", () => {
  it("lower-cases, strips accents, punctuation and the CEP dash, expands abbreviations", () => {
    expect(normaliseAddress("  R. Augusta, 1500 - São Paulo/SP, 01310-100 ")).toBe(
      "rua augusta 1500 sao paulo sp 01310100"
    )
  })

  it.each([
    ["Av. Paulista, nº 1578", "avenida paulista 1578"],
    ["Av Paulista n. 1578", "avenida paulista 1578"],
    ["Avenida Paulista no. 1578", "avenida paulista 1578"],
    ["Al. Santos, 200 apto 31 bl B", "alameda santos 200 apartamento 31 bloco b"],
    ["Trav. das Flores, 12", "travessa das flores 12"],
    ["Tv. das Flores 12", "travessa das flores 12"],
    ["Pça. da Sé, 1", "praca da se 1"],
    ["pca da se 1", "praca da se 1"],
    ["Rod. Anhanguera, km 25", "rodovia anhanguera km 25"],
    ["Estr. do Campo Limpo, 3000", "estrada do campo limpo 3000"],
    ["Rua do Ouvidor 50, Rio de Janeiro - RJ, 20040-030", "rua do ouvidor 50 rio de janeiro rj 20040030"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected)
  })

  it("keeps words that merely look like markers when no number follows", () => {
    expect(normaliseAddress("Rua No Meio do Caminho, 7")).toBe("rua no meio do caminho 7")
  })

  it("refuses an empty address", () => {
    expect(() => normaliseAddress(" ,. - ")).toThrow(DomainError)
  })
})

describe("addressHash", () => {
  it("is the same for differently written copies of one address", () => {
    const a = addressHash("R. Augusta, 1500 - São Paulo/SP, 01310-100")
    const b = addressHash("rua augusta 1500 sao paulo sp 01310100")
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(a).toBe(b)
  })

  it("differs for another house number or CEP", () => {
    const base = addressHash("Rua Augusta, 1500, São Paulo SP")
    expect(addressHash("Rua Augusta, 1502, São Paulo SP")).not.toBe(base)
    expect(addressHash("Rua Augusta 1500 São Paulo SP 01310-100")).not.toBe(
      addressHash("Rua Augusta 1500 São Paulo SP 01310-200")
    )
  })
})

describe("normaliseAddress: the written variants each pattern exists for", () => {
  it.each([
    // The ordinal mark becomes a space even with no space after it, so the marker is dropped.
    ["Av. Paulista, nº1578", "avenida paulista 1578"],
    ["Av. Paulista, n°1578", "avenida paulista 1578"],
    // CEP written with a space instead of the dash, and with the dot but no dash.
    ["Rua Augusta 1500, 01310 100", "rua augusta 1500 01310100"],
    ["Rua Augusta 1500, 01.310100", "rua augusta 1500 01310100"],
    ["Rua Augusta 1500, 01.310-100", "rua augusta 1500 01310100"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected)
  })

  it("drops a marker only before a token that starts with a digit, not one that merely holds one", () => {
    expect(normaliseAddress("Rua No A2, 5")).toBe("rua no a2 5")
    expect(normaliseAddress("Rua das Flores, numero 12")).toBe("rua das flores 12")
  })

  it("refuses a value that is not text with its own code and message, not a TypeError", () => {
    for (const value of [1500, null, undefined, { street: "Rua Augusta" }]) {
      let caught: unknown
      try {
        normaliseAddress(value as unknown as string)
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(DomainError)
      expect(caught).toMatchObject({ code: "photogrammetry_invalid_address", message: "address must be text" })
    }
  })

  it("says why an address with no letter or digit is refused", () => {
    expect(() => normaliseAddress(" ,. - ")).toThrow(
      expect.objectContaining({ code: "photogrammetry_invalid_address", message: "address is empty" })
    )
  })
})

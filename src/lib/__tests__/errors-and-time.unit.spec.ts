import { DomainError, isDomainError } from "../errors"
import { DAY_MS } from "../time"

// A subclass the way each domain declares one (FinanceError, SolarInputError): the prototype
// fix in DomainError's constructor is what keeps `instanceof` right for these.
class SampleDomainError extends DomainError {
  constructor(message: string) {
    super("sample_refused", message)
    this.name = "SampleDomainError"
  }
}

describe("DomainError", () => {
  it("carries its stable code, its message and its own name", () => {
    const error = new DomainError("solar_invalid_bill", "The bill must be a positive amount.")

    expect(error.code).toBe("solar_invalid_bill")
    expect(error.message).toBe("The bill must be a positive amount.")
    expect(error.name).toBe("DomainError")
    expect(String(error)).toBe("DomainError: The bill must be a positive amount.")
  })

  it("is an Error, and a subclass instance is both the subclass and a DomainError", () => {
    const error = new SampleDomainError("no")

    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toBeInstanceOf(SampleDomainError)
    expect(Object.getPrototypeOf(error)).toBe(SampleDomainError.prototype)
    expect(error.code).toBe("sample_refused")
    expect(error.name).toBe("SampleDomainError")
  })
})

describe("isDomainError", () => {
  it("answers true for a DomainError and its subclasses", () => {
    expect(isDomainError(new DomainError("c", "m"))).toBe(true)
    expect(isDomainError(new SampleDomainError("m"))).toBe(true)
  })

  it("answers false for a plain Error, an error-shaped object and a non-error", () => {
    // A plain object with a code is not enough: the module layer maps only real domain refusals
    // to 4xx, anything else stays a 500 to be investigated.
    expect(isDomainError(new Error("boom"))).toBe(false)
    expect(isDomainError({ code: "solar_invalid_bill", message: "m", name: "DomainError" })).toBe(false)
    expect(isDomainError("solar_invalid_bill")).toBe(false)
    expect(isDomainError(null)).toBe(false)
    expect(isDomainError(undefined)).toBe(false)
  })
})

describe("DAY_MS", () => {
  it("is one UTC day in milliseconds", () => {
    expect(DAY_MS).toBe(86_400_000)
    expect(Date.UTC(2026, 2, 1) - Date.UTC(2026, 1, 28)).toBe(DAY_MS)
  })
})

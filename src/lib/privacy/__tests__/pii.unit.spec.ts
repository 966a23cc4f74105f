import { detectorSpans, detectPii, MAX_PATTERN_MATCH, PiiKind, PiiWorkMeter, redactPii } from "../pii"

describe("redactPii: each kind", () => {
  it.each([
    ["CPF 529.982.247-25 confirmado", "CPF [CPF] confirmado"],
    ["cpf 52998224725.", "cpf [CPF]."],
  ])("redacts a valid CPF: %s", (input, expected) => {
    const result = redactPii(input)
    expect(result.text).toBe(expected)
    expect(result.found).toEqual(["cpf"])
    expect(result.counts.cpf).toBe(1)
  })

  it.each([
    ["CNPJ 11.222.333/0001-81", "CNPJ [CNPJ]"],
    ["CNPJ 11222333000181", "CNPJ [CNPJ]"],
    ["novo CNPJ 12.ABC.345/01DE-35!", "novo CNPJ [CNPJ]!"],
    ["novo CNPJ 12ABC34501DE35", "novo CNPJ [CNPJ]"],
  ])("redacts a valid CNPJ: %s", (input, expected) => {
    const result = redactPii(input)
    expect(result.text).toBe(expected)
    expect(result.found).toEqual(["cnpj"])
    expect(result.counts.cnpj).toBe(1)
  })

  it("redacts e-mails and leaves the sentence punctuation", () => {
    const result = redactPii("Escreva para Maria.Silva+solar@Example.com.br. Obrigado")
    expect(result.text).toBe("Escreva para [EMAIL]. Obrigado")
    expect(result.found).toEqual(["email"])
  })

  it.each([
    ["+55 (11) 98765-4321"],
    ["(11) 98765-4321"],
    ["(11) 3456-7890"],
    ["11987654321"],
    ["(11) 9 8765-4321"],
    ["+5511987654321"],
    ["5511987654321"],
    ["+55 21 3456-7890"],
    ["+1 415 555 2671"],
    ["+44 20 7946 0958"],
  ])("redacts the phone %s", (phone) => {
    const result = redactPii(`Ligue ${phone} hoje`)
    expect(result.text).toBe("Ligue [PHONE] hoje")
    expect(result.found).toEqual(["phone"])
    expect(result.counts.phone).toBe(1)
  })

  it.each([["4111 1111 1111 1111"], ["4111-1111-1111-1111"], ["4111111111111111"], ["3782 822463 10005"], ["5555555555554444"], ["5105 1051 0510 5100"],
    // 13-digit Visa, Discover, Visa, 19-digit Visa: all Luhn-valid.
    ["4222222222222"], ["6011 0009 9013 9424"], ["4012888888881881"], ["4111111111111111110"]])(
    "redacts the Luhn-valid card %s",
    (card) => {
      const result = redactPii(`cartão ${card} ok`)
      expect(result.text).toBe("cartão [CARD] ok")
      expect(result.found).toEqual(["card"])
    }
  )
})

describe("redactPii: phone edge cases", () => {
  it("splits phones listed with a slash", () => {
    const result = redactPii("tel: 11 98765-4321/11 3456-7890")
    expect(result.text).toBe("tel: [PHONE]/[PHONE]")
    expect(result.counts.phone).toBe(2)
  })

  it("does not swallow a number that follows an international phone", () => {
    expect(redactPii("+1 415 555 2671 2025").text).toBe("[PHONE] 2025")
  })

  it("does not redact a mobile written without its area code", () => {
    // Without the DDD the number cannot be validated; documented limitation.
    expect(redactPii("telefone 98765-4321").found).toEqual([])
  })

  it("redacts a bare 10-digit run shaped like a valid BR landline", () => {
    // Documented over-redaction: it is indistinguishable from "(11) 3456-7890".
    expect(redactPii("protocolo 1134567890").text).toBe("protocolo [PHONE]")
  })
})

describe("redactPii: false-positive guards", () => {
  it.each([
    "Invalid CPF 529.982.247-26",
    "Invalid CPF 111.111.111-11",
    "Invalid CNPJ 11.222.333/0001-82",
    "Orçamento de R$ 1.500,00 à vista",
    "R$ 12.345.678,90 financiados",
    "Consumo de 450 kWh por mês",
    "Sistema de 5,5 kWp com 12 painéis de 550 W",
    "Instalado em 2024, garantia até 2049",
    "CEP 01310-100, São Paulo",
    "Visita em 2025-01-13 às 14:00",
    "Visita em 13/01/2025",
    "Números 10 20 30 40 50 60 70 80",
    // Card lookalikes: each passes every card rule but one, so each guards that one rule.
    "cartão 4111 1111 1111 1112", // Luhn fails by one digit
    "cartão 5105 1051 0510 5101", // Mastercard grouping, Luhn fails by one digit
    "cartão 3782 822463 10006", // Amex grouping, Luhn fails by one digit
    "pedido 7111111111111114", // Luhn-valid, but no issuer uses a leading 7
    "pedido 9111111111111110", // Luhn-valid, but no issuer uses a leading 9
    "pedido 1234567890123452", // Luhn-valid, but no issuer uses a leading 1
    "pedido 5111111111118", // Luhn-valid 13 digits: only Visa (4) issued 13-digit cards
    "pedido 6666666666666", // Luhn-valid but one repeated digit (and 13 digits)
    "código 44444444444444444", // Luhn-valid but one repeated digit
    "pedido 41111111111111111115", // Luhn-valid but 20 digits, longer than any card
    "pedido 1234567890123456",
    "Sem nada sensível aqui",
    "email incompleto maria@example",
    "hash 2f9a7c1e3b5d10",
    "Local -23.5505, -46.6333",
    "id 550e8400-e29b-41d4-a716-446655440000",
    "NF-e 35250112345678000190550010000012341000012345",
    "data 20250113 hora 143000",
  ])("leaves %p untouched", (input) => {
    const result = redactPii(input)
    expect(result.text).toBe(input)
    expect(result.found).toEqual([])
  })

  it("does not tag an 11-digit number with bad CPF check digits as cpf", () => {
    // 529.982.247-26 bare: DDD 52 does not exist, so it is not a phone either.
    expect(redactPii("doc 52998224726").found).toEqual([])
  })

  it("tags an invalid-CPF 11-digit number as phone when it is a valid BR mobile", () => {
    // Decision: bare DDD + 9 + 8 digits is the most common way to write a mobile, and
    // leaking a phone is worse than over-redacting an unknown number.
    const result = redactPii("doc 11987654321")
    expect(result.found).toEqual(["phone"])
    expect(result.text).toBe("doc [PHONE]")
  })

  it("does not match a CPF inside a longer number", () => {
    expect(redactPii("conta 1529982247251").found).not.toContain("cpf")
    expect(redactPii("valor 1.529.982.247-25").found).toEqual([])
  })

  it("does not treat a card as a phone or the other way round", () => {
    expect(redactPii("4111 1111 1111 1111").found).toEqual(["card"])
    expect(redactPii("5511987654321").found).toEqual(["phone"])
    expect(redactPii("+55 11 98765-4321").found).toEqual(["phone"])
  })

  it("classifies a CPF written as 11 digits as cpf, not phone", () => {
    const result = redactPii("52998224725")
    expect(result.found).toEqual(["cpf"])
    expect(result.counts.phone).toBe(0)
  })

  it("does not tag a lower-case bare alphanumeric token as CNPJ", () => {
    expect(redactPii("token 12abc34501de35").found).toEqual([])
  })

  it("does not re-tag digits inside an e-mail", () => {
    const result = redactPii("52998224725@example.com")
    expect(result.text).toBe("[EMAIL]")
    expect(result.found).toEqual(["email"])
  })
})

describe("redactPii: mixed text", () => {
  const text =
    "Olá, sou Maria (CPF 529.982.247-25), e-mail maria.silva@example.com.br, " +
    "tel +55 (11) 98765-4321 ou (11) 3456-7890. Empresa 11.222.333/0001-81. " +
    "Cartão 4111 1111 1111 1111. Orçamento R$ 1.500,00 para 450 kWh/mês, " +
    "CEP 01310-100, visita em 2025-01-13. Outro e-mail: joao@solar.com"

  it("redacts every kind and counts occurrences", () => {
    const result = redactPii(text)
    expect(result.text).toBe(
      "Olá, sou Maria (CPF [CPF]), e-mail [EMAIL], " +
        "tel [PHONE] ou [PHONE]. Empresa [CNPJ]. " +
        "Cartão [CARD]. Orçamento R$ 1.500,00 para 450 kWh/mês, " +
        "CEP 01310-100, visita em 2025-01-13. Outro e-mail: [EMAIL]"
    )
    expect(result.counts).toEqual({ cpf: 1, cnpj: 1, email: 2, phone: 2, card: 1 })
    expect(result.found).toEqual(["cpf", "email", "phone", "cnpj", "card"])
  })

  it("detectPii returns the distinct kinds in first-seen order", () => {
    expect(detectPii(text)).toEqual(["cpf", "email", "phone", "cnpj", "card"])
    expect(detectPii("card 4111111111111111 then cpf 529.982.247-25 and 4111-1111-1111-1111")).toEqual([
      "card",
      "cpf",
    ])
  })

  it("only redacts the requested kinds but keeps classification stable", () => {
    const result = redactPii(text, { kinds: ["phone"] })
    expect(result.found).toEqual(["phone"])
    expect(result.counts).toEqual({ cpf: 0, cnpj: 0, email: 0, phone: 2, card: 0 })
    // The card is not redacted as a phone just because cards were not requested.
    expect(result.text).toContain("4111 1111 1111 1111")
    expect(result.text).toContain("529.982.247-25")
  })

  it("uses a custom replacement", () => {
    const result = redactPii("CPF 529.982.247-25 e maria@example.com", {
      replacement: (kind) => `<${kind}>`,
    })
    expect(result.text).toBe("CPF <cpf> e <email>")
  })

  it("handles empty text", () => {
    expect(redactPii("")).toEqual({
      text: "",
      found: [],
      counts: { cpf: 0, cnpj: 0, email: 0, phone: 0, card: 0 },
    })
  })
})

describe("the work meter (the yardstick of the linear-time guard in pii-linear.unit.spec.ts)", () => {
  // The 1 MB guard only checks an upper bound, and is left out of mutation runs; an
  // accounting that under-counts would let quadratic work through it. Small texts, counted by
  // hand: a numeric detector charges each position up to a proposed start once, plus
  // MAX_PATTERN_MATCH (114) per attempt; the e-mail scan charges each character it reads.
  const steps = (kind: PiiKind, text: string) => {
    const meter: PiiWorkMeter = { steps: 0 }
    const spans = detectorSpans(kind, text, meter)
    return [spans, meter.steps]
  }

  it("charges the numeric detectors per position and per attempt", () => {
    expect(MAX_PATTERN_MATCH).toBe(114)
    // "1" (after a space) and "3" (after "+") are proposed: (3 + 1 + 114) + (7 + 1 - 4 + 114).
    expect(steps("cpf", "ab 12 +3")).toEqual([[], 236])
    expect(steps("card", "ab 12 +3")).toEqual([[], 236])
    // A claimed CPF moves the finder past it: 4 + 1 + 114, then the 13 characters after it.
    expect(steps("cpf", "cpf 529.982.247-25")).toEqual([[[4, 18]], 132])
    // Both phone patterns scan; "+1 415 555 2671" is claimed by the international one.
    expect(steps("phone", "+1 415 555 2671 2025")).toEqual([[[0, 15]], 838])
    expect(steps("phone", "1 2")).toEqual([[], 234])
  })

  it("charges the e-mail scan for each leading dot it skips", () => {
    // 4 to the "@", 3 back over "a..", 2 skipping the dots, 2 for the domain
    expect(steps("email", "..a@b.c")).toEqual([[[2, 7]], 11])
  })

  it("charges the e-mail scan for each character read around an @", () => {
    expect(steps("email", "ab 12 +3")).toEqual([[], 8])
    expect(steps("email", "x a@b.c")).toEqual([[[2, 7]], 7])
    expect(steps("email", "ab@cd.ef g@h")).toEqual([[[0, 8]], 15])
  })

  it("redactPii adds one pass over the text per detector to the detectors' work", () => {
    const meter: PiiWorkMeter = { steps: 0 }
    expect(redactPii("x a@b.c", { meter }).text).toBe("x [EMAIL]")
    expect(meter.steps).toBe(191)
    const twice: PiiWorkMeter = { steps: 0 }
    redactPii("+1 415 555 2671 2025", { meter: twice })
    expect(twice.steps).toBe(2728)
  })
})

describe("redactPii: e-mail edges (the scan that replaced the regex)", () => {
  it.each([
    // Each character class at its edges: "0", "Z", "z" in the local part, "A" opening the domain.
    ["email 0Zz@Az.0z fim", "email [EMAIL] fim"],
    // "_", "%" and "-" belong to the local part; "-" to the domain.
    ["email a_b%c-d@minha-empresa.com.br fim", "email [EMAIL] fim"],
    // Neither ":" nor "[" nor "~" does: the address starts after them.
    ["email a:b@c.com fim", "email a:[EMAIL] fim"],
    ["email a[b@c.com fim", "email a[[EMAIL] fim"],
    ["email a~b@c.com fim", "email a~[EMAIL] fim"],
    // Leading dots are not part of it.
    ["veja .ana@exemplo.com", "veja .[EMAIL]"],
    // Letters beyond ASCII and beyond the Basic Multilingual Plane (surrogate pairs).
    ["joão@exemplo.com.br", "[EMAIL]"],
    ["𝐚𝐧𝐚@exemplo.com", "[EMAIL]"],
    ["e-mail ana@𝐞𝐱.com ok", "e-mail [EMAIL] ok"],
    // A failed "@" right before a pair: the next address starts after it, not before.
    ["x@𝐚𝐧@b.com", "x@[EMAIL]"],
    // A failed domain is read again as the next local part.
    ["a@bc@d.com", "a@[EMAIL]"],
    // A found address is never read again as the next one's local part.
    ["a@b.co@x.com", "[EMAIL]@x.com"],
    ["a@b.co.uk@x.com", "[EMAIL]@x.com"],
    // Pairs at the edges of both halves: U+1D400 (low DC00), U+1D7FF (low DFFF), U+10000 (high D800).
    ["x\u{1D400}y@exemplo.com", "[EMAIL]"],
    ["x\u{1D7FF}y@exemplo.com", "[EMAIL]"],
    ["x\u{10000}y@exemplo.com", "[EMAIL]"],
    // Units that only look like halves: a lone high one, a low one after a BMP character
    // (together they would read as U+FC00, a letter) and two low ones in a row.
    ["\uD835a@exemplo.com", "\uD835[EMAIL]"],
    ["a\uD7FF\uDC00b@exemplo.com", "a\uD7FF\uDC00[EMAIL]"],
    ["b\uDC00\uDC00b@exemplo.com", "b\uDC00\uDC00[EMAIL]"],
  ])("%p", (input, expected) => {
    expect(redactPii(input).text).toBe(expected)
  })

  it.each([
    "siga @solar.com.br", // nothing before the "@"
    "ana.@exemplo.com", // the local part ends with "."
    "ana@.exemplo.com", // the domain starts with "."
    "ana@solar e.com", // one label, then a space
    "ana@minha_empresa.com", // "_" is not allowed in a domain
    "a\uDC00@b", // a lone low surrogate, no domain
  ])("leaves %p untouched", (input) => {
    expect(redactPii(input).text).toBe(input)
  })

  it("reads a lone low surrogate as no letter", () => {
    expect(redactPii("a\uDC00b@exemplo.com").text).toBe("a\uDC00[EMAIL]")
  })

  it("detectorSpans works without a meter", () => {
    expect(detectorSpans("email", "....a.b@c.d....")).toEqual([[4, 11]])
  })
})

describe("redactPii: phone and card edges", () => {
  it("accepts a valid international number of exactly 7 digits (Niue)", () => {
    expect(redactPii("tel +683 4002 ok").text).toBe("tel [PHONE] ok")
  })

  it("never shortens an unseparated international run to find a valid prefix", () => {
    // "+14155552671" is valid, but the run goes on without a separator: not a phone.
    expect(redactPii("id +14155552671999").text).toBe("id +14155552671999")
    // An unknown country code does not parse at all.
    expect(redactPii("código +0 123 456 789").text).toBe("código +0 123 456 789")
  })

  it("keeps a Brazilian phone that comes before an international one", () => {
    const result = redactPii("(11) 98765-4321 e +1 415 555 2671")
    expect(result.text).toBe("[PHONE] e [PHONE]")
    expect(result.counts.phone).toBe(2)
  })

  it("does not take a Luhn-valid run of one repeated digit for a card", () => {
    expect(redactPii("ref 22222222222222222").text).toBe("ref 22222222222222222")
  })

  it("answers an empty result for text that is not a string (a null note from JavaScript)", () => {
    expect(redactPii(null as unknown as string)).toEqual({
      text: "",
      found: [],
      counts: { cpf: 0, cnpj: 0, email: 0, phone: 0, card: 0 },
    })
  })
})

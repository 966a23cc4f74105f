import { DomainError } from "../../errors"
import { MAX_EMBEDDING_DIMENSIONS, QueryContentInput, prepareQueryContent, redactFreeText } from "../content"

function errorOf(fn: () => unknown): DomainError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DomainError) {
      return error
    }
    throw error
  }
  throw new Error("expected a DomainError, nothing was thrown")
}

const CPF = "529.982.247-25"
const CNPJ = "11.222.333/0001-81"
const EMAIL = "maria.silva@example.com.br"
const PHONE = "+55 11 98765-4321"
const CARD = "4111 1111 1111 1111"

// Every raw form that must never come back, formatted and as bare digits.
const RAW_VALUES = [
  CPF,
  "52998224725",
  CNPJ,
  "11222333000181",
  EMAIL,
  PHONE,
  "98765-4321",
  "987654321",
  CARD,
  "4111111111111111",
]

const ON = { captureContent: true, captureEmbeddings: false }
const OFF = { captureContent: false, captureEmbeddings: false }

const INPUT: QueryContentInput = {
  query_text: `Meu CPF é ${CPF}, quanto custa um kit de 5 kWp?`,
  prompt: `Contexto: cliente ${EMAIL}. Pergunta: quanto custa um kit de 5 kWp?`,
  response: `Posso ligar no ${PHONE} para detalhar o orçamento.`,
  retrieved_chunks: [
    { id: "chunk_1", score: 0.92, source: "catalogo/kits.md", text: `Empresa parceira CNPJ ${CNPJ}` },
    { id: "chunk_2", score: 0.81, source: "faq/pagamento.md", text: `Exemplo de cartão ${CARD} recusado` },
    { id: "chunk_3", score: null, source: null, text: "Kits de 5 kWp a partir de R$ 15.000" },
  ],
  query_embedding: [0.1, -0.2, 0.3],
}

describe("prepareQueryContent with content capture on", () => {
  const output = prepareQueryContent(INPUT, ON)

  it("redacts every text, including chunk texts", () => {
    expect(output.query_text).toBe("Meu CPF é [CPF], quanto custa um kit de 5 kWp?")
    expect(output.prompt).toBe("Contexto: cliente [EMAIL]. Pergunta: quanto custa um kit de 5 kWp?")
    expect(output.response).toBe("Posso ligar no [PHONE] para detalhar o orçamento.")
    expect(output.retrieved_chunks).toEqual([
      { id: "chunk_1", score: 0.92, source: "catalogo/kits.md", text: "Empresa parceira CNPJ [CNPJ]" },
      { id: "chunk_2", score: 0.81, source: "faq/pagamento.md", text: "Exemplo de cartão [CARD] recusado" },
      { id: "chunk_3", score: null, source: null, text: "Kits de 5 kWp a partir de R$ 15.000" },
    ])
  })

  it("reports every kind in PII_KINDS order, not in order of appearance", () => {
    expect(output.pii_types).toEqual(["cpf", "cnpj", "email", "phone", "card"])
  })

  it("flags PII as present and redacted, content as captured", () => {
    expect(output.contains_pii).toBe(true)
    expect(output.pii_redacted).toBe(true)
    expect(output.content_captured).toBe(true)
  })

  it("returns none of the raw values anywhere", () => {
    const json = JSON.stringify(output)
    for (const raw of RAW_VALUES) {
      expect(json).not.toContain(raw)
    }
  })

  it("reports kinds found only in chunks", () => {
    const result = prepareQueryContent(
      { query_text: "oi", retrieved_chunks: [{ id: "c", text: `contato ${EMAIL}` }] },
      ON
    )
    expect(result.pii_types).toEqual(["email"])
    expect(result.contains_pii).toBe(true)
  })

  it("lists a kind once even when found in several texts", () => {
    const result = prepareQueryContent({ query_text: `CPF ${CPF}`, response: `confirmo ${CPF}` }, ON)
    expect(result.pii_types).toEqual(["cpf"])
  })

  it("reports no PII for clean text and keeps it unchanged", () => {
    const result = prepareQueryContent({ query_text: "Qual a garantia do inversor?", response: "10 anos." }, ON)
    expect(result).toMatchObject({
      query_text: "Qual a garantia do inversor?",
      response: "10 anos.",
      prompt: null,
      retrieved_chunks: null,
      contains_pii: false,
      pii_redacted: false,
      pii_types: [],
      content_captured: true,
    })
  })

  it("fills missing chunk score/source/text with null", () => {
    const result = prepareQueryContent({ retrieved_chunks: [{ id: "c1" }] }, ON)
    expect(result.retrieved_chunks).toEqual([{ id: "c1", score: null, source: null, text: null }])
  })
})

describe("prepareQueryContent with content capture off", () => {
  const output = prepareQueryContent(INPUT, OFF)

  it("stores no text", () => {
    expect(output.query_text).toBeNull()
    expect(output.prompt).toBeNull()
    expect(output.response).toBeNull()
    expect(output.content_captured).toBe(false)
  })

  it("reduces chunks to id, score and source", () => {
    expect(output.retrieved_chunks).toEqual([
      { id: "chunk_1", score: 0.92, source: "catalogo/kits.md" },
      { id: "chunk_2", score: 0.81, source: "faq/pagamento.md" },
      { id: "chunk_3", score: null, source: null },
    ])
    for (const chunk of output.retrieved_chunks ?? []) {
      expect(chunk).not.toHaveProperty("text")
    }
  })

  it("still detects PII but has nothing to redact", () => {
    expect(output.contains_pii).toBe(true)
    expect(output.pii_types).toEqual(["cpf", "cnpj", "email", "phone", "card"])
    expect(output.pii_redacted).toBe(false)
  })

  it("returns none of the raw values anywhere", () => {
    const json = JSON.stringify(output)
    for (const raw of RAW_VALUES) {
      expect(json).not.toContain(raw)
    }
    expect(json).not.toContain("[CPF]")
  })

  it("keeps retrieved_chunks null when none were sent", () => {
    expect(prepareQueryContent({ query_text: "oi" }, OFF).retrieved_chunks).toBeNull()
  })
})

describe("prepareQueryContent embeddings", () => {
  const EMB = { captureContent: true, captureEmbeddings: true }

  it("returns the embedding only when embeddings are captured", () => {
    expect(prepareQueryContent(INPUT, EMB).query_embedding).toEqual([0.1, -0.2, 0.3])
    expect(prepareQueryContent(INPUT, ON).query_embedding).toBeNull()
    expect(prepareQueryContent(INPUT, { captureContent: false, captureEmbeddings: true }).query_embedding).toEqual([
      0.1, -0.2, 0.3,
    ])
  })

  it("returns a copy, not the caller's array", () => {
    const embedding = [1, 2, 3]
    const result = prepareQueryContent({ query_embedding: embedding }, EMB)
    expect(result.query_embedding).not.toBe(embedding)
  })

  it("returns null when no embedding was sent", () => {
    expect(prepareQueryContent({ query_embedding: null }, EMB).query_embedding).toBeNull()
    expect(prepareQueryContent({}, EMB).query_embedding).toBeNull()
  })

  it("accepts exactly the maximum dimensions", () => {
    const embedding = new Array(MAX_EMBEDDING_DIMENSIONS).fill(0.5)
    expect(MAX_EMBEDDING_DIMENSIONS).toBe(8192)
    expect(prepareQueryContent({ query_embedding: embedding }, EMB).query_embedding).toHaveLength(8192)
  })

  it.each([
    ["too many dimensions", new Array(8193).fill(0)],
    ["NaN", [0.1, Number.NaN]],
    ["Infinity", [Number.NEGATIVE_INFINITY]],
    ["a string", [0.1, "0.2" as unknown as number]],
    ["null inside", [0.1, null as unknown as number]],
    ["empty", []],
    ["not an array", "0.1,0.2" as unknown as number[]],
  ])("rejects %s with helio_invalid_embedding", (_label, embedding) => {
    expect(errorOf(() => prepareQueryContent({ query_embedding: embedding }, EMB)).code).toBe("helio_invalid_embedding")
  })

  it("does not validate an embedding it will not store", () => {
    expect(prepareQueryContent({ query_embedding: [Number.NaN] }, ON).query_embedding).toBeNull()
  })
})

describe("redactFreeText", () => {
  it("redacts and reports kinds in PII_KINDS order", () => {
    expect(redactFreeText(`Falar com ${EMAIL} ou CPF ${CPF}`)).toEqual({
      text: "Falar com [EMAIL] ou CPF [CPF]",
      pii_types: ["cpf", "email"],
    })
  })

  it("leaves clean text alone", () => {
    expect(redactFreeText("Cliente satisfeito com o orçamento")).toEqual({
      text: "Cliente satisfeito com o orçamento",
      pii_types: [],
    })
  })

  it("keeps null and undefined as null", () => {
    expect(redactFreeText(null)).toEqual({ text: null, pii_types: [] })
    expect(redactFreeText(undefined)).toEqual({ text: null, pii_types: [] })
  })

  it("returns none of the raw values", () => {
    const json = JSON.stringify(redactFreeText(`${CPF} ${CNPJ} ${EMAIL} ${PHONE} ${CARD}`))
    for (const raw of RAW_VALUES) {
      expect(json).not.toContain(raw)
    }
  })
})

describe("prepareQueryContent: capture off, and what an embedding refusal says", () => {
  it("keeps only chunk ids, scores and sources when content is not captured, and says nothing was redacted", () => {
    const prepared = prepareQueryContent(
      {
        query_text: "sou maria@example.com",
        prompt: "p",
        response: "r",
        retrieved_chunks: [{ id: "c1", score: 0.9, source: "faq", text: "texto" }],
      } as QueryContentInput,
      { captureContent: false, captureEmbeddings: false }
    )
    expect(prepared).toEqual({
      query_text: null,
      prompt: null,
      response: null,
      retrieved_chunks: [{ id: "c1", score: 0.9, source: "faq" }],
      query_embedding: null,
      contains_pii: true,
      pii_redacted: false,
      pii_types: ["email"],
      content_captured: false,
    })
  })

  it.each([
    [[], "query_embedding must be a non-empty array of numbers"],
    [new Array(MAX_EMBEDDING_DIMENSIONS + 1).fill(0), `query_embedding has ${MAX_EMBEDDING_DIMENSIONS + 1} dimensions; at most ${MAX_EMBEDDING_DIMENSIONS} are accepted`],
    [[0.1, "x"], 'query_embedding[1] must be a finite number, got "x"'],
    [[0.1, undefined], "query_embedding[1] must be a finite number, got undefined"],
  ])("refuses the embedding %#", (embedding, message) => {
    const error = errorOf(() =>
      prepareQueryContent({ query_text: "q", query_embedding: embedding } as unknown as QueryContentInput, {
        captureContent: true,
        captureEmbeddings: true,
      })
    )
    expect(error.code).toBe("helio_invalid_embedding")
    expect(error.message).toBe(message)
  })
})

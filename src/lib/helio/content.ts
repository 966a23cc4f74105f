import { DomainError } from "../errors"
import { PII_KINDS, PiiKind, redactPii } from "../privacy/pii"

// What of a Helio query may be stored. With content capture on, every text is stored
// redacted; with it off (metrics only, per the OpenTelemetry GenAI conventions) no text is
// stored at all, but PII detection still runs so compliance flags stay truthful.

export const MAX_EMBEDDING_DIMENSIONS = 8192

export interface RetrievedChunkInput {
  id: string
  score?: number | null
  source?: string | null
  text?: string | null
}

export interface StoredChunk {
  id: string
  score: number | null
  source: string | null
  /** Present (redacted, or null) only when content is captured. */
  text?: string | null
}

export interface QueryContentInput {
  query_text?: string | null
  prompt?: string | null
  response?: string | null
  retrieved_chunks?: RetrievedChunkInput[] | null
  query_embedding?: number[] | null
}

export interface QueryContentOptions {
  captureContent: boolean
  captureEmbeddings: boolean
}

export interface PreparedQueryContent {
  query_text: string | null
  prompt: string | null
  response: string | null
  retrieved_chunks: StoredChunk[] | null
  query_embedding: number[] | null
  contains_pii: boolean
  pii_redacted: boolean
  /** Distinct kinds found across all texts, in `PII_KINDS` order. */
  pii_types: PiiKind[]
  content_captured: boolean
}

function inPiiKindOrder(kinds: Set<PiiKind>): PiiKind[] {
  return PII_KINDS.filter((kind) => kinds.has(kind))
}

/** Redacts one optional text, recording the kinds it held. */
function redactInto(text: string | null | undefined, kinds: Set<PiiKind>): string | null {
  if (typeof text !== "string") {
    return null
  }
  const result = redactPii(text)
  for (const kind of result.found) {
    kinds.add(kind)
  }
  return result.text
}

function validEmbedding(embedding: unknown): number[] {
  if (!Array.isArray(embedding) || embedding.length === 0) {
    throw new DomainError("helio_invalid_embedding", "query_embedding must be a non-empty array of numbers")
  }
  if (embedding.length > MAX_EMBEDDING_DIMENSIONS) {
    throw new DomainError(
      "helio_invalid_embedding",
      `query_embedding has ${embedding.length} dimensions; at most ${MAX_EMBEDDING_DIMENSIONS} are accepted`
    )
  }
  embedding.forEach((value: unknown, index) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new DomainError(
        "helio_invalid_embedding",
        `query_embedding[${index}] must be a finite number, got ${JSON.stringify(value) ?? String(value)}`
      )
    }
  })
  return [...(embedding as number[])]
}

/**
 * Turns what the assistant sent into what may be stored: redacted texts (or none when
 * capture is off), chunks reduced to id/score/source when capture is off, the embedding only
 * when embeddings are captured, and the PII flags. Never returns a raw detected value.
 */
export function prepareQueryContent(
  input: QueryContentInput,
  options: QueryContentOptions
): PreparedQueryContent {
  const kinds = new Set<PiiKind>()
  const query_text = redactInto(input.query_text, kinds)
  const prompt = redactInto(input.prompt, kinds)
  const response = redactInto(input.response, kinds)
  const chunks = Array.isArray(input.retrieved_chunks)
    ? input.retrieved_chunks.map((chunk) => ({
        id: chunk.id,
        score: chunk.score ?? null,
        source: chunk.source ?? null,
        text: redactInto(chunk.text, kinds),
      }))
    : null

  const query_embedding =
    options.captureEmbeddings && input.query_embedding !== null && input.query_embedding !== undefined
      ? validEmbedding(input.query_embedding)
      : null

  const pii_types = inPiiKindOrder(kinds)
  const contains_pii = pii_types.length > 0

  if (!options.captureContent) {
    return {
      query_text: null,
      prompt: null,
      response: null,
      retrieved_chunks: chunks && chunks.map(({ id, score, source }) => ({ id, score, source })),
      query_embedding,
      contains_pii,
      pii_redacted: false,
      pii_types,
      content_captured: false,
    }
  }
  return {
    query_text,
    prompt,
    response,
    retrieved_chunks: chunks,
    query_embedding,
    contains_pii,
    // Everything found is redacted above, so PII present means PII redacted.
    pii_redacted: contains_pii,
    pii_types,
    content_captured: true,
  }
}

export interface RedactedFreeText {
  text: string | null
  pii_types: PiiKind[]
}

/**
 * Redacts a conversation title, summary or feedback comment before it is stored.
 * Null/undefined stays null; `pii_types` follows `PII_KINDS` order.
 */
export function redactFreeText(text: string | null | undefined): RedactedFreeText {
  const kinds = new Set<PiiKind>()
  const redacted = redactInto(text, kinds)
  return { text: redacted, pii_types: inPiiKindOrder(kinds) }
}

// ULIDs (the format of Medusa's ids: prefix_ + 26 Crockford base32 characters) for bulk
// inserts. Medusa's generator draws one random byte per character from the OS; for a
// 500-event batch that was most of the request's CPU. This draws one buffer per batch.
import { randomBytes } from "crypto"

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const TIME_LENGTH = 10
const RANDOM_LENGTH = 16

function encodeTime(time: number): string {
  let out = ""
  for (let i = TIME_LENGTH - 1; i >= 0; i--) {
    const mod = time % 32
    out = ALPHABET[mod] + out
    time = (time - mod) / 32
  }
  return out
}

/** `count` ids `${prefix}_${ulid}` for the instant `now`, from one random buffer. */
export function generateIds(prefix: string, count: number, now: number = Date.now()): string[] {
  const time = encodeTime(now)
  const random = randomBytes(count * RANDOM_LENGTH)
  // Stryker disable next-line ArrayDeclaration: equivalent, every index 0..count-1 is assigned below, so presizing is only an allocation hint.
  const ids = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    let tail = ""
    for (let j = 0; j < RANDOM_LENGTH; j++) {
      tail += ALPHABET[random[i * RANDOM_LENGTH + j] & 31]
    }
    ids[i] = `${prefix}_${time}${tail}`
  }
  return ids
}

/** `${prefix}_` and the ULID time part of the instant `now` (the head every id of that instant shares). */
export function idHead(prefix: string, now: number): string {
  return `${prefix}_${encodeTime(now)}`
}

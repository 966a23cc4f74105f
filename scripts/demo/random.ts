// The demo's one source of randomness: faker's pt_BR locale with a fixed seed, so two runs on
// empty databases write the same names, amounts and funnel (screenshots and browser tests
// stay stable). Dates are relative to the day of the run: the charts always show "the last 60 days".
import { fakerPT_BR, type Faker } from "@faker-js/faker"
import { isValidCnpj, isValidCpf } from "../../src/lib/identifiers"

export const DEMO_SEED = 360_2026

export type DemoRandom = {
  faker: Faker
  int(min: number, max: number): number
  float(min: number, max: number, decimals?: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T
  uuid(): string
  cpf(): string
  cnpj(): string
}

function checkDigit(digits: number[], weights: number[]): number {
  const sum = digits.reduce((total, digit, index) => total + digit * weights[index], 0)
  const rest = sum % 11
  return rest < 2 ? 0 : 11 - rest
}

export function createDemoRandom(seed = DEMO_SEED): DemoRandom {
  const faker = fakerPT_BR
  faker.seed(seed)
  const int = (min: number, max: number) => faker.number.int({ min, max })
  const digits = (count: number) => Array.from({ length: count }, () => int(0, 9))
  const random: DemoRandom = {
    faker,
    int,
    float: (min, max, decimals = 2) => faker.number.float({ min, max, fractionDigits: decimals }),
    chance: (probability) => faker.number.float({ min: 0, max: 1 }) < probability,
    pick: (items) => items[int(0, items.length - 1)],
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = faker.number.float({ min: 0, max: total })
      for (const [item, weight] of items) {
        roll -= weight
        if (roll <= 0) {
          return item
        }
      }
      return items[items.length - 1][0]
    },
    uuid: () => faker.string.uuid(),
    // Check digits computed here; the plugin's own validator (lib/identifiers) has the last word.
    cpf: () => {
      for (;;) {
        const base = digits(9)
        const first = checkDigit(base, [10, 9, 8, 7, 6, 5, 4, 3, 2])
        const second = checkDigit([...base, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2])
        const cpf = [...base, first, second].join("")
        if (isValidCpf(cpf)) {
          return cpf
        }
      }
    },
    cnpj: () => {
      for (;;) {
        const base = [...digits(8), 0, 0, 0, 1]
        const first = checkDigit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
        const second = checkDigit([...base, first], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
        const cnpj = [...base, first, second].join("")
        if (isValidCnpj(cnpj)) {
          return cnpj
        }
      }
    },
  }
  return random
}

/** Midnight UTC of the run's day, minus `days`, plus `hours`. */
export function daysAgo(anchor: Date, days: number, hours = 0): Date {
  return new Date(anchor.getTime() - days * 86_400_000 + hours * 3_600_000)
}

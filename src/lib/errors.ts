/**
 * Pure helpers under src/lib must not import Medusa, yet callers still need to tell
 * "bad input" apart from bugs. A stable `code` lets the module layer map these to
 * MedusaError types without parsing messages.
 */
export class DomainError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message)
    this.name = "DomainError"
    // Keeps `instanceof` working if this is ever compiled to an ES5 target.
    Object.setPrototypeOf(this, new.target.prototype)
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError
}

/** The `code` of what `fn` throws, so tests assert stable codes rather than messages. */
export function thrownCode(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`
  }
  return "did not throw"
}

/** The code and message `fn` throws, or "did not throw": one assertion pins both. */
export function thrown(fn: () => unknown): { code?: string; message?: string } | string {
  try {
    fn()
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message }
  }
  return "did not throw"
}

/** The `code` of what `fn` throws, so tests assert stable codes rather than messages. */
export function thrownCode(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`
  }
  return "did not throw"
}

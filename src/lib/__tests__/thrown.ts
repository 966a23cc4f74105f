/** The code and message a call throws with, or "did not throw": one assertion pins both. */
export function thrown(fn: () => unknown): { code?: string; message?: string } | string {
  try {
    fn()
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message }
  }
  return "did not throw"
}

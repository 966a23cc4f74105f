// A stand-in for the starter's own src/lib/data/cookies.ts (which reads the `_medusa_jwt`
// httpOnly cookie with next/headers): do not copy it, the starter has the real one.
export async function getAuthHeaders(): Promise<{ authorization: string } | {}> {
  return {}
}

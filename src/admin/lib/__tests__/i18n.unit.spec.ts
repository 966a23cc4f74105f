import resources, { SOLAR360_I18N_NAMESPACE } from "../../i18n"

function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") {
    return [prefix]
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key)
  )
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort()
}

describe("admin translations", () => {
  const en = resources.en[SOLAR360_I18N_NAMESPACE] as Record<string, unknown>
  const ptBR = resources.ptBR[SOLAR360_I18N_NAMESPACE] as Record<string, unknown>

  it("are keyed by the dashboard's language codes under the plugin's namespace", () => {
    expect(Object.keys(resources).sort()).toEqual(["en", "ptBR"])
    expect(en.common).toEqual(expect.objectContaining({ loading: "Loading…" }))
    expect(ptBR.common).toEqual(expect.objectContaining({ loading: "Carregando…" }))
  })

  it("give Brazilian Portuguese every key English has, and no other", () => {
    expect(keyPaths(ptBR).sort()).toEqual(keyPaths(en).sort())
  })

  it("keep the same {{placeholders}} in both languages", () => {
    const lookup = (tree: Record<string, unknown>, path: string) =>
      path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree)
    for (const path of keyPaths(en)) {
      expect({ path, names: placeholders(String(lookup(ptBR, path))) }).toEqual({
        path,
        names: placeholders(String(lookup(en, path))),
      })
    }
  })

  it("never leave a text empty or untranslated copies of long English sentences", () => {
    const lookup = (tree: Record<string, unknown>, path: string) =>
      String(path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree))
    for (const path of keyPaths(en)) {
      expect({ path, empty: lookup(ptBR, path).trim() === "" }).toEqual({ path, empty: false })
      const english = lookup(en, path)
      if (english.split(" ").length >= 4) {
        expect({ path, same: lookup(ptBR, path) === english }).toEqual({ path, same: false })
      }
    }
  })
})

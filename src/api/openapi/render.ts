import { readFileSync } from "fs"
import { join } from "path"
import { buildOpenApiDocument } from "./document"

/** The file's exact text: the package version in info.version, two-space JSON, newline. */
export function renderOpenApiDocument(): string {
  const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8"))
  return `${JSON.stringify(buildOpenApiDocument(version), null, 2)}\n`
}

export const OPENAPI_FILE = join(__dirname, "..", "..", "..", "docs", "openapi.json")

// One folder's mutants against that folder's own unit specs only (docs/testing.md, "Mutation
// testing"). With the default config a mutant in, say, src/lib/finance reruns every calculator
// and viability spec that reaches it; on a shared 2-core machine that did not finish in hours.
// The score is also stricter: a mutant counts as killed only if its own folder's tests catch it.
// Each folder keeps its own incremental file, sandbox and reports, so two runs do not collide:
//   STRYKER_TESTS=src/lib/finance npm run test:mutation -- stryker.folder.config.mjs \
//     --ignoreStatic --concurrency 1 --mutate 'src/lib/finance/**/*.ts,!src/lib/**/__tests__/**'
// STRYKER_SPECS (optional) is a comma list of spec globs that replaces the folder's specs, for a
// file whose folder specs are too slow to run per mutant (viability.unit.spec.ts builds whole
// analyses). The run gets its own incremental file, sandbox and reports, named after the globs,
// so it neither reuses nor overwrites the folder run's results:
//   STRYKER_SPECS='src/lib/solar/__tests__/billing*.unit.spec.ts' npm run test:mutation -- \
//     stryker.folder.config.mjs --ignoreStatic --concurrency 1 --mutate 'src/lib/solar/billing.ts'
import { readFileSync } from "node:fs"

const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"))

function folderRun() {
  const folder = (process.env.STRYKER_TESTS ?? "").replace(/\/+$/, "")
  if (!/^src\/lib\/[\w-]+$/.test(folder)) {
    throw new Error(
      "Set STRYKER_TESTS to the folder whose specs run, e.g. STRYKER_TESTS=src/lib/finance, " +
        "or STRYKER_SPECS to a comma list of spec globs"
    )
  }
  return { name: folder.slice("src/lib/".length), testMatch: [`<rootDir>/${folder}/**/__tests__/**/*.unit.spec.[jt]s`] }
}

function specsRun(list) {
  const globs = list
    .split(",")
    .map((glob) => glob.trim())
    .filter((glob) => glob.length > 0)
  // Globs are relative to the repository and stay inside src/: a typo should fail here, not run
  // no test at all (Stryker would then report every mutant as surviving).
  const bad = globs.filter((glob) => !/^src\/[\w\-/.*?{}[\]!]+$/.test(glob) || glob.includes(".."))
  if (globs.length === 0 || bad.length > 0) {
    throw new Error(`STRYKER_SPECS must be a comma list of spec globs under src/, got ${JSON.stringify(list)}`)
  }
  // The name keeps each spec set's results apart: "specs-billing_-billing-mutants" style.
  const slug = globs
    .map((glob) => glob.slice(glob.lastIndexOf("/") + 1).replace(/\.unit\.spec\.[jt]s$/, ""))
    .map((stem) => stem.replace(/[^\w-]+/g, "_"))
    .join("-")
  return { name: `specs-${slug}`.slice(0, 100), testMatch: globs.map((glob) => `<rootDir>/${glob}`) }
}

const specs = process.env.STRYKER_SPECS ?? ""
const { name, testMatch } = specs.trim().length > 0 ? specsRun(specs) : folderRun()

export default {
  ...base,
  jest: {
    ...base.jest,
    config: {
      ...base.jest.config,
      testMatch,
    },
  },
  ignorePatterns: [...base.ignorePatterns, ".stryker-tmp*"],
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  tempDirName: `.stryker-tmp-${name}`,
  htmlReporter: { fileName: `reports/mutation/${name}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
}

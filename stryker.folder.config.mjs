// One folder's mutants against that folder's own unit specs only (docs/testing.md, "Mutation
// testing"). With the default config a mutant in, say, src/lib/finance reruns every calculator
// and viability spec that reaches it; on a shared 2-core machine that did not finish in hours.
// The score is also stricter: a mutant counts as killed only if its own folder's tests catch it.
// Each folder keeps its own incremental file, sandbox and reports, so two runs do not collide:
//   STRYKER_TESTS=src/lib/finance npm run test:mutation -- stryker.folder.config.mjs \
//     --ignoreStatic --concurrency 1 --mutate 'src/lib/finance/**/*.ts,!src/lib/**/__tests__/**'
import { readFileSync } from "node:fs"

const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"))
const folder = (process.env.STRYKER_TESTS ?? "").replace(/\/+$/, "")
if (!/^src\/lib\/[\w-]+$/.test(folder)) {
  throw new Error("Set STRYKER_TESTS to the folder whose specs run, e.g. STRYKER_TESTS=src/lib/finance")
}
const name = folder.slice("src/lib/".length)

export default {
  ...base,
  jest: {
    ...base.jest,
    config: {
      ...base.jest.config,
      testMatch: [`<rootDir>/${folder}/**/__tests__/**/*.unit.spec.[jt]s`],
    },
  },
  ignorePatterns: [...base.ignorePatterns, ".stryker-tmp*"],
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  tempDirName: `.stryker-tmp-${name}`,
  htmlReporter: { fileName: `reports/mutation/${name}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
}

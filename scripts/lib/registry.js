// npm installs that have no lockfile of their own (the scratch app of `npm run test:install`,
// and any later CI step that builds a throwaway app) resolve against the registry as it was on
// one fixed day, so a package published upstream tomorrow cannot break CI today.
//
// Why a pinned date rather than a lockfile for the scratch app: the app installs the plugin
// from a freshly packed tarball whose integrity hash changes with every build, so `npm ci`
// would refuse its own lockfile; `npm install --before=<date>` keeps resolution reproducible
// and still installs the tarball. Why not the date of package-lock.json's last commit: adding a
// dependency to the plugin would move that date forward onto a day whose registry state may be
// broken (as on 2026-11-24, when `@aws-sdk/dynamodb-codec@3.973.60` required a version that the
// registry does not serve). Bump REGISTRY_SNAPSHOT_DATE on purpose, after `npm run test:install`
// passes with the new date, and never past a dependency's publication date that the plugin
// needs (the plugin's own dependencies are exact pins and must be published before it).
const { spawn } = require("child_process")

const REGISTRY_SNAPSHOT_DATE = "2026-11-20"

/**
 * Reads npm's error output and names what failed to resolve, so a CI log says "the registry"
 * rather than only "Command failed". Returns null when the output is not a resolution failure.
 */
function describeRegistryFailure(output) {
  const text = String(output || "")
  // npm says "... found for pkg@range." or, with --before, "... found for pkg@range with a date
  // before <date>."
  const notarget = text.match(/No matching version found for (\S+)/)
  if (/code ETARGET/.test(text) || notarget) {
    const spec = notarget ? notarget[1].replace(/\.$/, "") : "a dependency"
    return (
      `registry resolution failure (ETARGET): no published version matches ${spec}. ` +
      `A package published upstream asks for a version the registry does not serve; ` +
      `the install resolves packages as of ${REGISTRY_SNAPSHOT_DATE} (scripts/lib/registry.js)`
    )
  }
  const missing = text.match(/404\s+'?([^'\s]+@[^'\s]+)'? is not in this registry/m)
  if (/code E404/.test(text)) {
    return `registry resolution failure (E404): ${missing ? missing[1] : "a package"} is not in the registry`
  }
  const conflict = text.match(/While resolving: (\S+)[\s\S]*?Could not resolve dependency:[\s\S]*?peer (\S+)/m)
  if (/code ERESOLVE/.test(text)) {
    return `registry resolution failure (ERESOLVE): ${
      conflict ? `${conflict[1]} needs peer ${conflict[2]}` : "conflicting peer dependencies"
    }`
  }
  if (/code (ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN)/.test(text)) {
    return "registry unreachable (network error while downloading packages)"
  }
  return null
}

/**
 * `npm install` in `cwd`, resolving as of REGISTRY_SNAPSHOT_DATE. npm's output is shown as it
 * comes and kept, so a failure is reported with the package that could not be resolved.
 */
function npmInstallPinned(cwd, extraArgs = [], env = process.env) {
  const args = [
    "install",
    `--before=${REGISTRY_SNAPSHOT_DATE}`,
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...extraArgs,
  ]
  return new Promise((resolve, reject) => {
    const child = spawn("npm", args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const keep = (stream, sink) =>
      stream.on("data", (chunk) => {
        output += chunk
        sink.write(chunk)
      })
    keep(child.stdout, process.stdout)
    keep(child.stderr, process.stderr)
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) {
        resolve()
        return
      }
      const reason = describeRegistryFailure(output) || `npm install exited with code ${code}`
      reject(new Error(`npm install ${args.slice(1).join(" ")} failed: ${reason}`))
    })
  })
}

module.exports = { REGISTRY_SNAPSHOT_DATE, describeRegistryFailure, npmInstallPinned }

// The Medusa admin in a real browser with the plugin's screens: the dashboard built once by
// `medusa build --admin-only` (and rebuilt only when src/admin or the installed packages change),
// served by the plugin's own Medusa server (`medusa start`, production mode, as a store runs it),
// Debian's Chromium logged in as an admin. Used by the admin browser tests
// (integration-tests/browser/admin*.spec.ts) and `npm run screenshots`.
const { spawn } = require("child_process")
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const { startMedusaServer, ADMIN: ADMIN_USER } = require("./medusa-server")
const { launchBrowser } = require("./browser-rig")

const root = path.join(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const builtAdmin = path.join(root, ".medusa", "admin")
// Where `medusa start` looks for the dashboard (ADMIN_RELATIVE_OUTPUT_DIR of @medusajs/medusa).
const servedAdmin = path.join(root, "public", "admin")
const stampFile = path.join(builtAdmin, ".solar360-sources")

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : filesUnder(full)
    return [full]
  })
}

/** What the build depends on: the admin sources, the installed packages and the config. */
function sourcesHash() {
  const hash = crypto.createHash("sha256")
  const inputs = [...filesUnder(path.join(root, "src", "admin")), path.join(root, "package-lock.json"), path.join(root, "medusa-config.ts")]
  for (const file of inputs.sort()) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest("hex")
}

function adminBuildIsCurrent(hash = sourcesHash()) {
  return fs.existsSync(path.join(builtAdmin, "index.html")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash
}

/**
 * Builds the dashboard with the plugin's extensions unless the last build is current.
 * Returns a promise and the child process, so the test command can start it early and let it
 * run beside the other layers (it is mostly one core of work for 1-3 minutes).
 */
function buildAdmin({ log = process.stdout } = {}) {
  const hash = sourcesHash()
  if (adminBuildIsCurrent(hash)) {
    return { done: Promise.resolve({ built: false, seconds: 0 }), child: null }
  }
  const started = Date.now()
  const child = spawn(medusaBin, ["build", "--admin-only", "--no-lint"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const done = new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code !== 0) {
        reject(new Error(`medusa build --admin-only exited with ${code}:\n${output.slice(-4000)}`))
        return
      }
      fs.writeFileSync(stampFile, hash)
      const seconds = Math.round((Date.now() - started) / 1000)
      log.write?.(`admin dashboard built in ${seconds} s\n`)
      resolve({ built: true, seconds })
    })
  })
  return { done, child }
}

/** Points `public/admin` (what `medusa start` serves) at the build. */
function linkServedAdmin() {
  fs.mkdirSync(path.dirname(servedAdmin), { recursive: true })
  const current = fs.existsSync(servedAdmin) || isDanglingLink(servedAdmin)
  if (current) {
    const stat = fs.lstatSync(servedAdmin)
    if (stat.isSymbolicLink() && fs.readlinkSync(servedAdmin) === builtAdmin) return
    fs.rmSync(servedAdmin, { recursive: true, force: true })
  }
  fs.symlinkSync(builtAdmin, servedAdmin, "dir")
}

function isDanglingLink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * Starts the plugin's server with the dashboard and Chromium, and logs in once.
 * `open(path, { language })` opens an admin page (e.g. "/solar360/leads") in a fresh context that
 * shares the login, with the admin language set ("en" or "ptBR"), and records the page's
 * errors in `page.problems` (uncaught errors and console errors), which tests assert empty.
 * `beforeStart(server)` runs between the migrations and the first page (e.g. seeding).
 */
async function startAdminRig({ databaseUrl, env = {}, name = "solar360_admin", seed } = {}) {
  await buildAdmin().done
  linkServedAdmin()
  let server = null
  let browser = null
  const close = async () => {
    if (browser) await browser.close().catch(() => undefined)
    if (server) await server.close().catch(() => undefined)
  }
  try {
    server = await startMedusaServer({ databaseUrl, name, env: { MEDUSA_ADMIN_DISABLED: "false", ...env } })
    if (seed) await seed(server)
    browser = await launchBrowser()

    // Medusa's session cookie is `Secure` in production mode, and express-session only sets it
    // on a request it believes came over TLS: as behind a TLS-terminating proxy, every request
    // says so (Chromium keeps Secure cookies on http://localhost, a secure context).
    const behindTls = { "x-forwarded-proto": "https" }
    // One login, reused by every page through the context's storage state (the session cookie).
    const loginContext = await browser.newContext({ extraHTTPHeaders: behindTls })
    const loginPage = await loginContext.newPage()
    await loginPage.goto(`${server.baseUrl}/app/login`)
    await loginPage.fill("input[name=email]", ADMIN_USER.email)
    await loginPage.fill("input[name=password]", ADMIN_USER.password)
    await loginPage.click("button[type=submit]")
    await loginPage.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
    const session = await loginContext.storageState()
    await loginContext.close()
    const host = new URL(server.baseUrl).hostname

    const open = async (pathAndQuery, { language = "en", viewport = { width: 1440, height: 900 } } = {}) => {
      // The dashboard takes its language from the `lng` cookie first (i18next's detector), as
      // the operator's language setting leaves it.
      const cookies = session.cookies.filter((cookie) => cookie.name !== "lng")
      cookies.push({ name: "lng", value: language, domain: host, path: "/", expires: -1, httpOnly: false, secure: false, sameSite: "Lax" })
      const context = await browser.newContext({
        storageState: { ...session, cookies },
        extraHTTPHeaders: behindTls,
        viewport,
        locale: language === "ptBR" ? "pt-BR" : "en-US",
      })
      const page = await context.newPage()
      page.problems = []
      page.on("pageerror", (error) => page.problems.push(`pageerror: ${error.message}`))
      page.on("console", (message) => {
        // A host outside the machine (the dashboard's own external assets) cannot be resolved on
        // a closed network: not the page's fault. Failed requests to the server are recorded below.
        if (message.type() === "error" && !message.text().includes("net::ERR_NAME_NOT_RESOLVED")) {
          page.problems.push(`console: ${message.text()}`)
        }
      })
      page.on("requestfailed", (request) => {
        if (request.url().startsWith(server.baseUrl)) {
          page.problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`)
        }
      })
      page.once("close", () => void context.close().catch(() => undefined))
      await page.goto(`${server.baseUrl}/app${pathAndQuery}`)
      return page
    }
    return { server, browser, open, close }
  } catch (error) {
    await close()
    throw error
  }
}

module.exports = { buildAdmin, adminBuildIsCurrent, sourcesHash, startAdminRig, ADMIN_USER }

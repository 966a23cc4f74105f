// A storefront in a real browser against the plugin in a real Medusa server: Debian's Chromium
// (driven by playwright-core), a small page bundled from integration-tests/browser/page (the
// store's Medusa JS SDK and the plugin's tracker) and served from another origin, so every call
// is cross-origin with the publishable-key header as on a real store. Used by the browser tests
// (integration-tests/browser) and `npm run bench:tracker`.
const fs = require("fs")
const http = require("http")
const os = require("os")
const path = require("path")
const { startMedusaServer, freePort } = require("./medusa-server")

const pageSources = path.join(__dirname, "..", "..", "integration-tests", "browser", "page")

/** Chromium from CHROMIUM_PATH, else Debian's package (`.ci/run` installs it when missing). */
function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean)
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found) {
    throw new Error(
      "The browser tests need Chromium: `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary."
    )
  }
  return found
}

function launchBrowser() {
  // Loaded here: a store that installs the plugin never needs it (a dev dependency).
  const { chromium } = require("playwright-core")
  return chromium.launch({
    executablePath: chromiumPath(),
    // Without the background-networking flags Chromium keeps trying Google's hosts, which a
    // closed network refuses.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** Bundles the page's script (the SDK and the tracker from src/client) for the browser. */
async function buildPage(outDir) {
  const esbuild = require("esbuild")
  await esbuild.build({
    entryPoints: [path.join(pageSources, "storefront.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    outfile: path.join(outDir, "storefront.js"),
    logLevel: "warning",
  })
  fs.copyFileSync(path.join(pageSources, "index.html"), path.join(outDir, "index.html"))
}

/** Serves the page on 127.0.0.1 (the store API is on localhost: another origin). */
async function servePage(dir, port) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript" }
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://page").pathname
    // Any other path is the single-page app's own route: answer with the page.
    const file = pathname.endsWith(".js") ? path.join(dir, path.basename(pathname)) : path.join(dir, "index.html")
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(data)
    })
  })
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  return server
}

/**
 * Starts the page server, a Medusa server that allows the page's origin, and Chromium.
 * `open(options, pathAndQuery)` opens the page in a fresh browser context (its own storage, and
 * no CORS preflight answer cached by an earlier page) with `options` for createBrowserTracker.
 */
async function startStorefrontRig({ databaseUrl, env = {}, name = "solar360_browser" }) {
  const pageDir = fs.mkdtempSync(path.join(os.tmpdir(), "solar360-page-"))
  let pageServer = null
  let server = null
  let browser = null
  const close = async () => {
    if (browser) await browser.close().catch(() => undefined)
    if (server) await server.close().catch(() => undefined)
    if (pageServer) await new Promise((resolve) => pageServer.close(resolve))
    fs.rmSync(pageDir, { recursive: true, force: true })
  }
  try {
    await buildPage(pageDir)
    const pagePort = await freePort()
    const pageOrigin = `http://127.0.0.1:${pagePort}`
    pageServer = await servePage(pageDir, pagePort)
    server = await startMedusaServer({ databaseUrl, name, env: { STORE_CORS: pageOrigin, AUTH_CORS: pageOrigin, ...env } })
    browser = await launchBrowser()

    const open = async (options = {}, pathAndQuery = "/") => {
      const context = await browser.newContext()
      const page = await context.newPage()
      // The context outlives its page, as a browser profile outlives a closed tab: closing it
      // with the page would cancel the keepalive request the page sends as it closes (the
      // preflight and the request of the exit flush can take longer than the close under
      // load). It is closed a minute later, or with the browser.
      page.once("close", () => {
        setTimeout(() => void context.close().catch(() => undefined), 60_000).unref()
      })
      const url = new URL(pathAndQuery, pageOrigin)
      url.searchParams.set("api", server.baseUrl)
      url.searchParams.set("key", server.publishableKey)
      url.searchParams.set("options", JSON.stringify(options))
      await page.goto(url.toString())
      await page.waitForFunction(() => "solar360" in window)
      return page
    }
    return { server, pageOrigin, browser, open, close }
  } catch (error) {
    await close()
    throw error
  }
}

module.exports = { chromiumPath, launchBrowser, startStorefrontRig }

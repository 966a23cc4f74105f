// A throwaway Redis for the cluster test layer: Debian's `redis-server` on a free port, its
// files in a temp directory, no persistence, stopped (and the directory deleted) afterwards.
const { spawn, spawnSync } = require("child_process")
const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")
const { freePort } = require("./ports")

const INSTALL_HINT = "apt-get install -y redis-server"

/** The redis-server binary: REDIS_SERVER, else the one on PATH; null when there is none. */
function findRedisServer(env = process.env) {
  if (env.REDIS_SERVER) {
    return fs.existsSync(env.REDIS_SERVER) ? env.REDIS_SERVER : null
  }
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" })
  const binary = found.status === 0 ? found.stdout.trim() : ""
  return binary || null
}

/** Resolves once the server answers PING with PONG (plain RESP over a socket). */
function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    let answer = ""
    socket.setTimeout(1000)
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (chunk) => {
      answer += chunk.toString()
      if (answer.includes("\r\n")) {
        socket.destroy()
        resolve(answer.startsWith("+PONG"))
      }
    })
    socket.on("timeout", () => {
      socket.destroy()
      resolve(false)
    })
    socket.on("error", () => resolve(false))
  })
}

/**
 * Starts redis-server; resolves with `{ url, port, stop() }`. Fails with the apt command to run
 * when the binary is missing, and with the server's own output when it does not come up.
 */
async function startRedis({ timeoutMs = 15_000 } = {}) {
  const binary = findRedisServer()
  if (!binary) {
    throw new Error(
      `redis-server is not installed: the cluster test layer runs Medusa's Redis modules against a real Redis. ` +
        `Install Debian's package (${INSTALL_HINT}; .ci/run does it when missing) or set REDIS_SERVER to its path.`
    )
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solar360-redis-"))
  const port = await freePort("127.0.0.1")
  let output = ""
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no"],
    { stdio: ["ignore", "pipe", "pipe"] }
  )
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once("exit", resolve))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL")
      await exited
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + timeoutMs
  while (!(await ping(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`redis-server did not start on port ${port}:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop }
}

module.exports = { startRedis, findRedisServer, INSTALL_HINT }

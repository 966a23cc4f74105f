// Ports for the throwaway servers the scripts start (database, Redis, Medusa, test pages).
const net = require("net")

/**
 * A port the OS reports free on `host` (every interface when omitted, as a server that listens
 * without a host needs); it is released before it is returned, so the caller binds it next.
 */
function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    const listening = () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    }
    if (host) server.listen(0, host, listening)
    else server.listen(0, listening)
  })
}

/** Whether `port` can be bound on 127.0.0.1 now. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once("error", () => resolve(false))
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)))
  })
}

module.exports = { freePort, portIsFree }

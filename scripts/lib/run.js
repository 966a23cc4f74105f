// Runs a command with inherited stdio and resolves with its exit code; forwards Ctrl-C.
const { spawn } = require("child_process")

function run(command, args, { env = {}, cwd = process.cwd() } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      stdio: "inherit",
      env: { ...process.env, ...env },
    })
    child.on("exit", (code, signal) => resolve(signal ? 1 : code ?? 1))
    child.on("error", (error) => {
      console.error(`failed to start ${command}: ${error.message}`)
      resolve(1)
    })
  })
}

/** Runs `fn(database)` and always stops the database, also on Ctrl-C / SIGTERM. */
async function withCleanup(database, fn) {
  let exiting = false
  const onSignal = async (signal) => {
    if (exiting) {
      return
    }
    exiting = true
    await database.stop().catch(() => {})
    process.exit(signal === "SIGINT" ? 130 : 143)
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  try {
    return await fn()
  } finally {
    if (!exiting) {
      await database.stop()
    }
  }
}

module.exports = { run, withCleanup }

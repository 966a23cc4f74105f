// Runs a command with inherited stdio and resolves with its exit code. Ctrl-C / SIGTERM
// reach the running command too, so nothing is left behind when the database stops.
const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")

const running = new Set()

/**
 * `npx x` runs through an npm process that does not pass signals on; call the package's
 * binary directly when it is installed.
 */
function resolveCommand(command, args, cwd) {
  if (command === "npx" && args.length) {
    const binary = path.join(cwd, "node_modules", ".bin", args[0])
    if (fs.existsSync(binary)) {
      return [binary, args.slice(1)]
    }
  }
  return [command, args]
}

/**
 * `capture`: the command's output is held and written in one piece when it exits (for a
 * command that runs beside another one writing to the terminal).
 */
function run(command, args, { env = {}, cwd = process.cwd(), capture = false } = {}) {
  const [file, fileArgs] = resolveCommand(command, args, cwd)
  return new Promise((resolve) => {
    const child = spawn(file, fileArgs, {
      cwd,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...env },
      // Its own process group, so a stop reaches every process it started.
      detached: true,
    })
    running.add(child)
    const held = []
    if (capture) {
      child.stdout.on("data", (chunk) => held.push(chunk))
      child.stderr.on("data", (chunk) => held.push(chunk))
    }
    // "close", not "exit": with captured output, the pipes may still hold the last lines.
    child.on("close", (code, signal) => {
      running.delete(child)
      if (held.length) {
        process.stdout.write(Buffer.concat(held))
      }
      resolve(signal ? 1 : code ?? 1)
    })
    child.on("error", (error) => {
      running.delete(child)
      console.error(`failed to start ${command}: ${error.message}`)
      resolve(1)
    })
  })
}

function stopRunning(signal) {
  const exits = [...running].map(
    (child) =>
      new Promise((resolve) => {
        child.once("exit", resolve)
        killGroup(child, signal)
        // A command that ignores the signal must not keep the database up forever.
        setTimeout(() => {
          killGroup(child, "SIGKILL")
          resolve()
        }, 15_000).unref()
      })
  )
  return Promise.all(exits)
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Runs `fn()` and always stops the database, also on Ctrl-C / SIGTERM. */
async function withCleanup(database, fn) {
  let exiting = false
  const onSignal = async (signal) => {
    if (exiting) {
      return
    }
    exiting = true
    await stopRunning(signal)
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

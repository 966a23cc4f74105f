// Preloaded (node --require) into the cluster layer's `medusa start` instances. A boot that fails
// is logged by Medusa ("Error starting server") through winston, which writes asynchronously,
// and is followed at once by process.exit(1): the reason never reached the instance's log, and a
// CI run showed only "exited with code 1". Deferring the exit a moment lets the log line land.
const exit = process.exit.bind(process)
process.exit = (code) => {
  if (code !== undefined) process.exitCode = code
  setTimeout(() => exit(code), 500)
}

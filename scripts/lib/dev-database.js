// The database of `npm run dev` and `npm run seed:demo`: one definition, so the demo is
// seeded exactly where the dev server reads.
const path = require("path")
const { provideDatabase } = require("./database")

const root = path.join(__dirname, "..", "..")

function provideDevDatabase() {
  return provideDatabase({
    dataDir: path.join(root, ".data", "postgres"),
    persistent: true,
    port: 54329,
    database: "medusa-solar360",
  })
}

module.exports = { provideDevDatabase, root }

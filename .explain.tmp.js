const path = require("path")
const { provideDatabase } = require("/work/main/scripts/lib/database")
const { Client } = require("/work/main/node_modules/pg")
;(async () => {
  const db = await provideDatabase({ dataDir: path.join("/work/main", ".data", "postgres"), persistent: true, port: 54329, database: "solar360_bench_subjects_c" })
  const c = new Client({ connectionString: db.env.DATABASE_URL }); await c.connect()
  const sql = require("fs").readFileSync("/tmp/q.sql", "utf8")
  let r = await c.query(sql); if (Array.isArray(r)) r = r[r.length - 1]
  for (const row of r.rows) console.log(row["QUERY PLAN"])
  await c.end(); await db.stop()
})().catch(e => { console.error(e); process.exit(1) })

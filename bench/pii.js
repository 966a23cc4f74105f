#!/usr/bin/env node
// `npm run bench:pii`: milliseconds per MB of each PII detector on adversarial and normal
// text, the current scanner (src/lib/privacy/pii.ts) against the former global regexes (kept
// below only for this comparison), measured in the same run. Prints figures; asserts nothing.
// The former e-mail regex is quadratic: it is measured on smaller inputs and its ms/MB is the
// measured time scaled linearly (an under-estimate; the real 1 MB figure is ~100x worse).
// BENCH_PII_MB sets the size of the current scanner's inputs (default 1).
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } })
const path = require("path")
const { parsePhoneNumberFromString } = require("libphonenumber-js/max")
const pii = require(path.join(__dirname, "..", "src", "lib", "privacy", "pii.ts"))

const MB = Math.round(Number(process.env.BENCH_PII_MB || 1) * 1_000_000)
// The former regexes grow with the square of some inputs: stop growing the input once one
// run takes this long.
const OLD_BUDGET_MS = 1500

// ---- former detectors (copied from pii.ts before the linear rewrite) ----
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,\/-])`
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}_]|[.,\/-]\p{N})`
const NOT_AFTER_NUMERIC = String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,\/-])`
const SEP = "[ \\u00A0-]"
const PHONE_NOT_AFTER = String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,-])`
const PHONE_NOT_BEFORE = String.raw`(?![\p{L}\p{N}_]|[.,-]\p{N})`
const OLD = {
  email: new RegExp(
    String.raw`[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    "gu"
  ),
  cnpj: new RegExp(
    `${NOT_AFTER}[0-9A-Z]{2}\\.?[0-9A-Z]{3}\\.?[0-9A-Z]{3}\\/?[0-9A-Z]{4}-?\\d{2}${NOT_BEFORE}`,
    "giu"
  ),
  cpf: new RegExp(`${NOT_AFTER}\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}${NOT_BEFORE}`, "gu"),
  card: new RegExp(
    `${NOT_AFTER_NUMERIC}(?:\\d{13,19}|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5})${NOT_BEFORE}`,
    "gu"
  ),
  brPhone: new RegExp(
    `${PHONE_NOT_AFTER}(?:(?:\\+${SEP}?)?55${SEP}?)?(?:\\(${SEP}?0?\\d{2}${SEP}?\\)|0?\\d{2})${SEP}?(?:9${SEP}?)?\\d{4}${SEP}?\\d{4}${PHONE_NOT_BEFORE}`,
    "gu"
  ),
  intlPhone: new RegExp(
    `(?<![\\p{L}\\p{N}_])\\+\\d(?:${SEP}?(?:\\(\\d{1,4}\\)|\\d)){6,16}${PHONE_NOT_BEFORE}`,
    "gu"
  ),
}
// The former scan; candidates are validated the same way for both (libphonenumber for phones,
// check digits otherwise), so the comparison is of the matching alone plus equal validation.
function oldScan(text, pattern, accept) {
  const re = new RegExp(pattern.source, pattern.flags)
  const spans = []
  let match
  while ((match = re.exec(text)) !== null) {
    const length = accept(match[0])
    if (length > 0) {
      spans.push([match.index, match.index + length])
      re.lastIndex = match.index + length
    } else {
      re.lastIndex = match.index + 1
    }
  }
  return spans
}
const phoneOk = (c) => (parsePhoneNumberFromString(c, "BR")?.isValid() ? c.length : 0)
const intlOk = (c) => (parsePhoneNumberFromString(c)?.isValid() ? c.length : 0)
const reject = () => 0
const OLD_DETECTORS = {
  email: (t) => oldScan(t, OLD.email, (c) => c.length),
  cnpj: (t) => oldScan(t, OLD.cnpj, reject),
  cpf: (t) => oldScan(t, OLD.cpf, reject),
  card: (t) => oldScan(t, OLD.card, reject),
  phone: (t) => {
    // The former merge: each claim checked against every earlier one (quadratic in matches).
    const claimed = []
    for (const [s, e] of [...oldScan(t, OLD.intlPhone, intlOk), ...oldScan(t, OLD.brPhone, phoneOk)]) {
      if (!claimed.some(([cs, ce]) => s < ce && e > cs)) claimed.push([s, e])
    }
    return claimed
  },
}

// ---- inputs ----
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const INPUTS = [
  ["adversarial: 'a' run", (n) => fill("a", n)],
  ["adversarial: 'a.' run", (n) => fill("a.", n)],
  ["adversarial: digit run", (n) => fill("1", n)],
  ["adversarial: '1 ' run", (n) => fill("1 ", n)],
  ["adversarial: '+1 1 1...'", (n) => "+1" + fill(" 1", n - 2)],
  ["adversarial: 'AB.' run", (n) => fill("AB.", n)],
  ["dense: phones", (n) => fill("(11) 98765-4321 ", n)],
  [
    "normal chat",
    (n) =>
      fill(
        "Olá, tenho uma conta de luz de R$ 450,00 por mês em São Paulo, consumo 380 kWh. " +
          "Quanto custa um sistema de 5,5 kWp? Meu e-mail é maria.silva@example.com.br e o " +
          "telefone (11) 98765-4321. CPF 529.982.247-25, CEP 01310-100, visita em 13/01/2025. ",
        n
      ),
  ],
]

function timeOnce(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function msPerMb(fn, build, maxSize) {
  // Grow the input from 8 KB until the run budget or maxSize, report the last size's rate.
  let size = Math.min(8_000, maxSize)
  fn(build(size)) // warm up the regex compilation / JIT on this shape
  for (;;) {
    const text = build(size)
    const ms = timeOnce(() => fn(text))
    if (size >= maxSize || ms > OLD_BUDGET_MS) return { ms, size, perMb: (ms * 1_000_000) / size }
    size = Math.min(size * 2, maxSize)
  }
}

const pad = (s, n) => String(s).padEnd(n)
const fmt = (r) => `${r.perMb.toFixed(1)} ms/MB${r.size < MB ? ` (at ${(r.size / 1000).toFixed(0)} KB: ${r.ms.toFixed(0)} ms)` : ""}`

console.log(`PII detectors, ms per MB (current at ${(MB / 1e6).toFixed(1)} MB; former grown until ${OLD_BUDGET_MS} ms)`)
console.log(pad("input", 28) + pad("detector", 10) + pad("current", 20) + "former")
for (const [name, build] of INPUTS) {
  for (const kind of pii.PII_KINDS) {
    const current = msPerMb((t) => pii.detectorSpans(kind, t), build, MB)
    const former = msPerMb(OLD_DETECTORS[kind], build, MB)
    console.log(pad(name, 28) + pad(kind, 10) + pad(fmt(current), 20) + fmt(former))
  }
  const whole = msPerMb((t) => pii.redactPii(t), build, MB)
  console.log(pad(name, 28) + pad("redactPii", 10) + fmt(whole))
}

// ESLint 9 flat config: TypeScript parsing plus Medusa's recommended rules, which check
// workflows, steps, routes and links the way the framework expects them.
const medusa = require("@medusajs/eslint-plugin")
const tsParser = require("@typescript-eslint/parser")

module.exports = [
  {
    ignores: ["node_modules/**", ".medusa/**", "src/modules/solar360/migrations/**", "coverage/**"],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaVersion: 2022, sourceType: "module" },
    },
  },
  ...[].concat(medusa.configs?.recommended ?? []),
]

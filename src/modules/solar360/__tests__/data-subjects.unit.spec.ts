import { ANONYMISE_SET, SUBJECT_MODEL_MATCHES, textArray } from "../repositories/sql/data-subjects"

describe("textArray", () => {
  it("quotes and escapes every element of a PostgreSQL text[] literal", () => {
    expect(textArray([])).toBe("{}")
    expect(textArray(["cus_1", "a,b", 'say "hi"', "back\\slash", "{brace}", "NULL"])).toBe(
      '{"cus_1","a,b","say \\"hi\\"","back\\\\slash","{brace}","NULL"}'
    )
  })
})

describe("subject model matches", () => {
  it("has an anonymisation for every model it matches", () => {
    for (const model of SUBJECT_MODEL_MATCHES) {
      expect({ table: model.table, has: typeof ANONYMISE_SET[model.table] }).toEqual({ table: model.table, has: "string" })
    }
  })
})

import { safeHref } from "../safe-href"

describe("safeHref", () => {
  it.each([
    "https://banco.example/proposta?id=1",
    "http://loja.example.com/kits",
    "/admin/solar360/leads/export?status=new",
    "//cdn.example.com/x",
  ])("keeps the http(s) link %s", (url) => {
    expect(safeHref(url)).toBe(url)
  })

  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "http://[not a host",
    "",
    null,
    undefined,
    42,
  ])("refuses %p", (url) => {
    expect(safeHref(url)).toBeUndefined()
  })
})

evaluate(new File(templateDir, 'expect.groovy'))
expectClean()
// a server on mcp-runtime answers both eras of MCP, and the report says which versions each takes
def eras = report.checks.find { it.id == 'ux.protocol-eras' }
assert eras.findings*.message == ['serves MCP 2026-07-28 (stateless), 2025-11-25, 2025-06-18, 2025-03-26, 2024-11-05 (after initialize)'] :
        eras.findings*.message
true

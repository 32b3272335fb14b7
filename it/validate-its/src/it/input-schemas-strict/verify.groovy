evaluate(new File(templateDir, 'expect.groovy'))
def check = report.checks.find { it.id == 'security.input-schemas' }
assert check.status == 'warn' : "${check.status} ${check.findings*.message}"
assert check.findings.any { it.severity == 'warning' && it.message == 'tool tag argument labels is untyped (Map/Object): any value passes' }
assert report.strict && !report.passed
assert report.checks.findAll { it.id != check.id && it.status != 'pass' }.isEmpty()
assert log.contains('WARN  security.input-schemas') && log.contains('(strict: warnings fail)')
assert new File(basedir, 'target/mcp/validate-junit.xml').text.contains('failures="1"')
true

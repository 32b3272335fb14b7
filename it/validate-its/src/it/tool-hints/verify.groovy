evaluate(new File(templateDir, 'expect.groovy'))
def check = report.checks.find { it.id == 'security.tool-hints' }
assert check.status == 'warn' : "${check.status} ${check.findings*.message}"
assert check.findings*.message == ['tool touch may change things but says neither read-only nor destructive: clients treat it as destructive']
assert report.passed
assert report.checks.findAll { it.id != check.id && it.status != 'pass' }.isEmpty() :
        report.checks.findAll { it.id != check.id && it.status != 'pass' }.collect { it.id + ' ' + it.findings*.message }
assert log.contains('WARN  security.tool-hints')
true

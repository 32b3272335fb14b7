evaluate(new File(templateDir, 'expect.groovy'))
expectClean()
def check = report.checks.find { it.id == 'consistency.breaking-changes' }
assert check.findings.any { it.severity == 'info' && it.message == 'tool alerts was removed since 1.0.0' }
true

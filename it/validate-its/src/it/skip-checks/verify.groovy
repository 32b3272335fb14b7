evaluate(new File(templateDir, 'expect.groovy'))
def check = report.checks.find { it.id == 'ux.launchers' }
assert check.status == 'skipped' && check.skipReason == 'this server is only for macOS and Linux'
assert report.passed && report.checks.findAll { it.status in ['fail', 'warn'] }.isEmpty()
assert log.contains('skip  ux.launchers') && log.contains('skipped: this server is only for macOS and Linux')
assert new File(basedir, 'target/mcp/validate-junit.xml').text.contains('<skipped message="this server is only for macOS and Linux"/>')
true

// Assertions shared by the cases: read target/mcp/validate-report.json and the build log.
import groovy.json.JsonSlurper

def reportFile = new File(basedir, 'target/mcp/validate-report.json')
assert reportFile.isFile() : 'mcp:validate wrote no report'
def report = new JsonSlurper().parse(reportFile)
def log = new File(basedir, 'build.log').text
def notPassing = { except -> report.checks.findAll { !(it.id in except) && it.status in ['fail', 'warn'] } }

/** The check failed with an error containing the message, the log shows both, and every other check passed. */
binding.setVariable('expectFailure', { String id, String message ->
    def check = report.checks.find { it.id == id }
    assert check != null : "no check $id in the report"
    assert check.status == 'fail' : "$id is ${check.status}, expected fail: ${check.findings*.message}"
    assert check.findings.any { it.severity == 'error' && it.message.contains(message) } :
            "$id has no error containing '$message': ${check.findings*.message}"
    def others = notPassing([id])
    assert others.isEmpty() : "other checks did not pass: ${others.collect { it.id + ' ' + it.findings*.message }}"
    assert log.contains("FAIL  $id") : "the console table shows no FAIL row for $id"
    assert log.contains(message) : "the build log does not show '$message'"
    assert log.contains('mcp:validate FAILED: ') : 'no failing summary line'
    return check
})
binding.setVariable('expectClean', {
    def bad = report.checks.findAll { it.status != 'pass' }
    assert bad.isEmpty() : "checks not passing: ${bad.collect { it.id + ' ' + it.status + ' ' + it.findings*.message }}"
    assert report.passed
    assert log.contains('mcp:validate passed: ' + report.checks.size() + ' passed, 0 warnings')
    def junit = new File(basedir, 'target/mcp/validate-junit.xml').text
    assert junit.contains('tests="' + report.checks.size() + '" failures="0"')
})
binding.setVariable('report', report)
binding.setVariable('log', log)

evaluate(new File(templateDir, 'expect.groovy'))
def check = expectFailure('security.hardcoded-credentials', 'Keys.java:4: GitHub token')
def messages = check.findings*.message
def expected = [
    'src/main/java/dev/example/weather/Keys.java:4: GitHub token',
    'src/main/java/dev/example/weather/Keys.java:5: secret-named literal',
    'src/main/resources/service.properties:1: AWS access key',
    'src/main/resources/service.properties:2: Slack token',
    'src/main/resources/service.yml:2: API key (sk-...)',
    'src/main/resources/service.yml:3: Google API key',
    'src/main/resources/service.yml:4: GitLab token',
    'src/main/resources/service.yml:5: JSON Web Token',
    'src/main/resources/service.yml:9: private key block',
    'target/weather-1.0.0-SNAPSHOT.jar!/deploy.properties:1: GitHub token',
]
expected.each { e -> assert messages.any { it.startsWith(e) } : "not reported: $e in $messages" }
// nothing else: no look-alike (placeholders, changeme, getenv) and nothing from src/test
assert messages.size() == expected.size() : "unexpected findings: ${messages.findAll { m -> !expected.any { m.startsWith(it) } }}"
assert !messages.any { it.contains('src/test') }
// values are masked everywhere
new File(basedir, 'generated-secrets.txt').readLines().findAll { it }.each { value ->
    assert !log.contains(value) : 'a secret value appears in the build log'
    assert !new File(basedir, 'target/mcp/validate-report.json').text.contains(value) : 'a secret value appears in the report'
}
assert messages.every { it.contains('****') || it.contains('PRIVATE KEY') }
true

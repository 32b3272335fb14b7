evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly security.hardcoded-credentials: a corpus of real-looking keys of every kind, generated here (never
// real ones), in Java, properties, YAML and only inside the jar; plus look-alikes that must not be flagged.
def rnd = new java.security.SecureRandom()
def pick = { String alphabet, int n -> (1..n).collect { alphabet[rnd.nextInt(alphabet.length())] }.join('') }
def upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
def alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
def b64 = alnum + '-_'
def keys = [
    aws     : 'AKIA' + pick(upper, 16),
    github  : 'ghp_' + pick(alnum, 36),
    gitlab  : 'glpat-' + pick(b64, 20),
    slack   : 'xoxb-' + pick('0123456789', 12) + '-' + pick(alnum, 24),
    sk      : 'sk-proj-' + pick(b64, 40),
    google  : 'AIza' + pick(b64, 35),
    jwt     : 'eyJ' + pick(b64, 20) + '.eyJ' + pick(b64, 30) + '.' + pick(b64, 43),
    literal : pick(alnum, 12) + '#' + pick(alnum, 12),
    jarOnly : 'ghp_' + pick(alnum, 36),
]
write('src/main/java/dev/example/weather/Keys.java', """package dev.example.weather;

final class Keys {
    static final String GITHUB = "${keys.github}";
    static final String apiKey = "${keys.literal}";
    // look-alikes: a placeholder, a reference, a word
    static final String token = "\${API_KEY}";
    static final String password = "changeme";
    static final String secret = System.getenv("WEATHER_API_KEY");
}
""")
write('src/main/resources/service.properties', """aws.access.key.id=${keys.aws}
slack.bot=${keys.slack}
api.key=\${API_KEY}
db.password=changeme
""")
write('src/main/resources/service.yml', """openai:
  key: ${keys.sk}
google: ${keys.google}
gitlab: ${keys.gitlab}
session: ${keys.jwt}
db:
  password: \${DB_PASSWORD}
tls: |
  -----BEGIN RSA PRIVATE KEY-----
  ${pick(b64, 64)}
  -----END RSA PRIVATE KEY-----
""")
// only in the jar: a filtered resource gets its value from .mvn/maven.config, which is not scanned
write('src/main/resources/deploy.properties', 'deploy.token=${deploy.token}\n')
write('.mvn/maven.config', "-Ddeploy.token=${keys.jarOnly}\n")
// test fixtures are not shipped: not flagged
write('src/test/resources/fixture.properties', "aws=${'AKIA' + pick(upper, 16)}\n")
write('generated-secrets.txt', keys.values().join('\n') + '\n')
true

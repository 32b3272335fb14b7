// Runs after archetype:generate has written the project. Batch mode (-B, -D<property>=...) skips the
// validationRegex of archetype-metadata.xml, so the same rules are checked here: an invalid value removes the
// files just generated and fails the build with a message naming what is accepted.
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Paths

def value = { String key -> (key == 'package' ? request.package : request.properties.getProperty(key)) ?: '' }

def rules = [
    [key: 'serverName', pattern: /[a-z][a-z0-9-]*/,
     accepted: 'lower-case letters, digits and dashes, starting with a letter (e.g. weather-mcp)'],
    [key: 'className', pattern: /[A-Z][A-Za-z0-9]*/,
     accepted: 'a Java class name in CamelCase without the Server suffix (e.g. WeatherMcp)'],
    [key: 'package', pattern: /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/,
     accepted: 'a Java package name (e.g. com.example.weather)'],
    [key: 'license', pattern: /(?i)MIT|Apache-2\.0/,
     accepted: 'MIT or Apache-2.0 (SPDX ids, any case); for another license, generate with one of them and replace LICENSE and <licenses>'],
    [key: 'javaVersion', pattern: /1[7-9]|[2-9][0-9]/,
     accepted: '17 or newer (e.g. 21)'],
]

def problems = rules.findAll { !(value(it.key) ==~ it.pattern) }.collect {
    "-D${it.key}='${value(it.key)}' is not accepted: use ${it.accepted}."
}

def project = new File(request.outputDirectory, request.artifactId)
if (problems) {
    // Only the files this archetype writes are removed, then the folders they leave empty: a folder that was
    // already there keeps whatever else it holds.
    def packagePath = value('package').replace('.', '/')
    def className = value('className')
    def generated = ['pom.xml', 'README.md', 'LICENSE', '.env.example', 'gitignore', '.github/workflows/ci.yml',
                     '.github/workflows/release.yml', '.mvn/jvm.config',
                     'src/main/resources/mcp-server.properties',
                     "src/main/java/${packagePath}/${className}Server.java", "src/main/java/${packagePath}/tools/TextTools.java",
                     "src/test/java/${packagePath}/${className}ServerTest.java", "src/test/java/${packagePath}/tools/TextToolsTest.java"]
    generated.each { new File(project, it.toString()).delete() }
    def folders = []
    project.eachDirRecurse { folders << it }
    folders.sort { -it.path.length() }.each { it.delete() }
    project.delete()
    throw new IllegalArgumentException("mcp-archetype: nothing generated.\n  " + problems.join('\n  ')
            + "\n  Run archetype:generate again with the values fixed.")
}

// archetype:jar drops a file named .gitignore, so the template ships as gitignore and gets its name here
// (a property for the name would show up in the interactive confirmation, where it means nothing to the user)
Files.move(project.toPath().resolve("gitignore"), project.toPath().resolve(".gitignore"))

// The README's one-line installs, as `mvn mcp:docs` writes them (mcp-maven-plugin's InstallLines and install.md.ftl; the
// end-to-end test runs mcp:docs on a generated project and wants the README unchanged): the released version through
// JBang, with the settings that have a default (SIGNING_KEY is a secret and stays out).
def name = value('serverName')
def release = request.version.replaceFirst(/-SNAPSHOT$/, '')
def coordinates = "${request.groupId}:${request.artifactId}:${release}".toString()
def jbang = ['jbang', '--quiet', '--java', value('javaVersion') + '+', '--runtime-option=-XX:+DisplayVMOutputToStderr',
             '--runtime-option=-Xlog:disable', '--runtime-option=-Xlog:all=warning:stderr', coordinates]
def env = [MCP_AUDIT_LOG: 'off']
def quote = { String word -> word && word ==~ /[\p{L}\p{N}\-_.\/:=+,@%]+/ ? word : "'" + word.replace("'", "'\\''") + "'" }
def shell = { List words -> words.collect { quote(it.toString()) }.join(' ') }
def encode = { String text -> URLEncoder.encode(text, StandardCharsets.UTF_8).replace('+', '%20').replace('%21', '!')
        .replace('%27', "'").replace('%28', '(').replace('%29', ')').replace('%7E', '~') }
def jsonString = { String text -> '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"' }
def entry = { String withName ->
    def fields = []
    if (withName) fields << '"name":' + jsonString(withName)
    fields << '"type":"stdio"' << '"command":' + jsonString(jbang[0])
    fields << '"args":[' + jbang.drop(1).collect { jsonString(it) }.join(',') + ']'
    fields << '"env":{' + env.collect { k, v -> jsonString(k) + ':' + jsonString(v) }.join(',') + '}'
    '{' + fields.join(',') + '}'
}
def envWords = { String flag -> env.collectMany { k, v -> [flag, "${k}=${v}".toString()] } }
def goose = new StringBuilder('goose://extension?cmd=').append(encode(jbang[0]))
jbang.drop(1).each { goose.append('&arg=').append(encode(it)) }
goose.append('&id=').append(encode(name)).append('&name=').append(encode(name))
if (value('description').trim()) goose.append('&description=').append(encode(value('description').trim()))
env.each { k, v -> goose.append('&env=').append(encode("${k}=${v}".toString())) }
def lines = [
    "- **Cursor**: [Add ${name} to Cursor](cursor://anysphere.cursor-deeplink/mcp/install?name=${encode(name)}&config="
        + Base64.encoder.encodeToString(entry(null).getBytes(StandardCharsets.UTF_8)) + ')',
    "- **VS Code**: [Add ${name} to VS Code](vscode:mcp/install?${encode(entry(name))})",
    "- **VS Code**: `code --add-mcp ${quote(entry(name))}`",
    "- **Goose**: [Add ${name} to Goose](${goose})",
    "- **Claude Code**: `" + shell(['claude', 'mcp', 'add', '--transport', 'stdio', '--scope', 'user', name] + envWords('--env') + ['--'] + jbang) + '`',
    "- **Gemini CLI**: `" + shell(['gemini', 'mcp', 'add', '--scope', 'user'] + envWords('-e') + [name] + jbang) + '`',
    "- **Codex**: `" + shell(['codex', 'mcp', 'add', name] + envWords('--env') + ['--'] + jbang) + '`',
    '',
    "Each starts ${name} ${release} through [JBang](https://www.jbang.dev), which fetches it and a suitable Java.",
    'A setting that holds a secret is not in these lines: run the server once with `--setup` to store it in your',
    'OS keychain, where the server reads it.',
]
def readme = project.toPath().resolve('README.md')
Files.writeString(readme, Files.readString(readme).replace('@INSTALL_LINES@', lines.join('\n')))

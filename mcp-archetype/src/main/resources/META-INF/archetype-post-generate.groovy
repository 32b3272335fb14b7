// Runs after archetype:generate has written the project. Batch mode (-B, -D<property>=...) skips the
// validationRegex of archetype-metadata.xml, so the same rules are checked here: an invalid value removes the
// files just generated and fails the build with a message naming what is accepted.
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

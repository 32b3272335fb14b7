// mcp:package on a server built on mcp-runtime: every artifact, and every launch command run the way clients run it.
import dev.mcpkit.it.pkg.*
import java.nio.file.*
import java.security.MessageDigest
import java.util.zip.ZipFile
import groovy.json.JsonSlurper

def base = basedir.toPath()
def mcp = base.resolve("target/mcp")
def log = new File(basedir, "build.log").text
def json = new JsonSlurper()

// 1. two clean builds give identical bytes
["weather-1.2.0.jar", "weather-1.2.0.zip", "weather-1.2.0.tar.gz", "weather-1.2.0.mcpb"].each { f ->
    assert Arrays.equals(Files.readAllBytes(base.resolve("repro1/" + f)), Files.readAllBytes(base.resolve("repro2/" + f))) : "$f differs between two builds"
}

// 2. every artifact exists, and the summary names them
def expected = ["weather-1.2.0.jar", "lib/weather-1.2.0.jar", "bin/weather", "bin/weather.cmd", "lib/weather.jsa",
                "weather-1.2.0.zip", "weather-1.2.0.tar.gz", "weather-1.2.0.mcpb", "server.json", "jbang-catalog.json",
                "clients/claude-mcp-add.sh", "clients/java/claude-mcp-add.sh", "clients/jbang/claude-mcp-add.sh"]
["claude-desktop.json", "claude-code.json", "vscode.json", "cursor.json", "windsurf.json", "cursor-agent.json", "zed.json", "goose.yaml",
 "gemini.json", "codex.toml", "opencode.json", "antigravity.json", "antigravity-cli.json", "junie.json", "jetbrains.json"].each { c ->
    expected += ["clients/" + c, "clients/java/" + c, "clients/jbang/" + c]
}
expected += ["clients/INSTALL.md"]
expected.each { assert Files.isRegularFile(mcp.resolve(it)) : "missing target/mcp/$it" }
// the one-line installs start the released coordinates and hold no secret
def install = new String(Files.readAllBytes(mcp.resolve("clients/INSTALL.md")), "UTF-8")
assert install.contains("## Install weather 1.2.0") && install.contains("cursor://anysphere.cursor-deeplink/mcp/install?name=weather&config=")
assert install.contains("claude mcp add --transport stdio --scope user weather") && install.contains("it.weather:weather-server:1.2.0")
assert !install.contains("test-key")
assert Files.isExecutable(mcp.resolve("bin/weather"))
assert log.contains("artifact") && log.contains("try it") && log.contains("weather-1.2.0.mcpb")
assert !log.contains("test-key")

// mcp:inspect -Dmcp.transport=http: the same tables, learned over Streamable HTTP
assert log.contains("Inspecting over Streamable HTTP (the server serves a free loopback port meanwhile)")
assert log.contains("Tools (2)") && log =~ /echo\s+Echoes the message back\s+message\*: string/
assert log.contains("Prompts (1)") && log =~ /plan_trip\s+Plans a trip around the weather\s+city\*/

// 3. the jar runs
def java = Paths.get(javaHome, "bin", "java").toString()
def version = [java, "-jar", mcp.resolve("weather-1.2.0.jar").toString(), "--version"].execute()
assert version.waitFor() == 0
assert version.text.trim() == "weather 1.2.0"

// 4. the tarball keeps the executable bit of the launcher
def listing = ["tar", "-tvzf", mcp.resolve("weather-1.2.0.tar.gz").toString()].execute().text
def launcherLine = listing.readLines().find { it.endsWith("weather-1.2.0/bin/weather") }
assert launcherLine != null && launcherLine.startsWith("-rwxr-xr-x") : listing
assert listing.contains("weather-1.2.0/lib/weather-1.2.0.jar") && listing.contains("weather-1.2.0/README.md")
assert listing.contains("weather-1.2.0/LICENSE") && listing.contains("weather-1.2.0/.env.example")

// 5. server.json: valid against the official schema copy, name from the SCM, sha256 of the bundle
def serverJson = mcp.resolve("server.json")
def errors = SchemaValidator.load(Paths.get(schemaFile)).validate(serverJson)
assert errors.isEmpty() : errors
def entry = json.parse(serverJson.toFile())
assert entry.name == "io.github.example-owner/weather"
assert entry.version == "1.2.0"
def sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(mcp.resolve("weather-1.2.0.mcpb"))).encodeHex().toString()
assert entry.packages[0].fileSha256 == sha
assert entry.packages[0].environmentVariables.find { it.name == "WEATHER_API_KEY" }.isSecret == true

// 6. the bundle passes the official mcpb CLI, and unpacked it starts and answers like Claude Desktop would start it
def bundleDir = base.resolve("target/bundle")
new ZipFile(mcp.resolve("weather-1.2.0.mcpb").toFile()).withCloseable { zip ->
    zip.entries().each { e ->
        def out = bundleDir.resolve(e.name)
        if (e.directory) { Files.createDirectories(out) } else { Files.createDirectories(out.parent); Files.copy(zip.getInputStream(e), out) }
    }
}
def mcpb = Paths.get(clientsDir, "node_modules/.bin/mcpb").toString()
def validate = new ProcessBuilder(mcpb, "validate", bundleDir.resolve("manifest.json").toString()).redirectErrorStream(true).start()
def validateOut = validate.inputStream.getText("UTF-8")
assert validate.waitFor() == 0 : validateOut
println "mcpb validate: " + validateOut.trim()
// and the official CLI packs the unpacked bundle again
def repacked = basedir.toPath().resolve("target/repacked.mcpb")
def pack = new ProcessBuilder(mcpb, "pack", bundleDir.toString(), repacked.toString()).redirectErrorStream(true).start()
def packOut = pack.inputStream.getText("UTF-8")
assert pack.waitFor() == 0 : packOut
assert Files.size(repacked) > 0
def manifest = json.parse(bundleDir.resolve("manifest.json").toFile())
assert manifest.manifest_version == "0.3" && manifest.server.type == "binary"
assert manifest.user_config.WEATHER_API_KEY.sensitive == true
def gui = GuiEnvironment.create(Files.createTempDirectory("gui"))
def dirname = bundleDir.toString()
def bundleCommand = [manifest.server.mcp_config.command] + manifest.server.mcp_config.args.collect { it.replace('${__dirname}', dirname) }
def bundleEnv = new LinkedHashMap(gui)
manifest.server.mcp_config.env.each { k, v -> bundleEnv[k] = v.replace('${user_config.WEATHER_API_KEY}', "test-key").replace('${user_config.WEATHER_UNITS}', "metric") }
def t = StdioSession.run(bundleCommand, bundleEnv, base, "echo", '{"message":"from the bundle"}')
assert t.callText() == "from the bundle"
assert t.tools().containsAll(["echo", "add"])

// 7. every generated launch command, as a GUI client runs it: no java on PATH, fresh HOME, no JAVA_HOME
["clients/claude-desktop.json", "clients/java/claude-desktop.json"].each { file ->
    def config = ClientConfig.read(mcp.resolve(file), "weather")
    def env = config.environment(GuiEnvironment.create(Files.createTempDirectory("gui")), [WEATHER_API_KEY: "test-key"])
    assert !env.containsKey("JAVA_HOME")
    def session = StdioSession.run(config.commandLine(), env, Paths.get("/"), "add", '{"a":2,"b":3}')
    assert session.callText() == "5" : file
    assert session.initialize().path("serverInfo").path("version").asString() == "1.2.0"
    println file + ": initialize + tools/call ok, " + session.stdout().size() + " JSON-RPC lines on stdout"
}

// 8. start-up caches: stdout stays JSON-RPC while they are created and used
def launcher = mcp.resolve("bin/weather").toString()
// JDK 25: the first run writes the AOT cache into the user's cache directory, the second uses it
def home25 = Files.createTempDirectory("gui25")
def env25 = GuiEnvironment.create(home25)
env25.JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64"
if (Files.isDirectory(Paths.get(env25.JAVA_HOME))) {
    StdioSession.run([launcher], env25, base, "echo", '{"message":"a"}')
    def aot = Files.walk(home25.resolve("home/.cache/mcpkit")).toList()
    assert aot.any { it.toString().endsWith(".aot") } : aot
    assert StdioSession.run([launcher], env25, base, "echo", '{"message":"b"}').callText() == "b"
    // the JDK 17 archive given to another JDK is ignored without a word on stdout
    def mismatch = StdioSession.run([env25.JAVA_HOME + "/bin/java", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr",
            "-XX:SharedArchiveFile=" + mcp.resolve("lib/weather.jsa"), "-Xshare:auto", "-jar", mcp.resolve("weather-1.2.0.jar").toString()],
            env25, base, "echo", '{"message":"c"}')
    assert mismatch.callText() == "c"
}
// JDK 17, unpacked distribution (no trained archive there): the first run writes an archive at exit, the second uses it
def unpacked = Files.createTempDirectory("dist")
assert ["tar", "-xzf", mcp.resolve("weather-1.2.0.tar.gz").toString(), "-C", unpacked.toString()].execute().waitFor() == 0
def home17 = Files.createTempDirectory("gui17")
def env17 = GuiEnvironment.create(home17)
def distLauncher = unpacked.resolve("weather-1.2.0/bin/weather").toString()
StdioSession.run([distLauncher], env17, base, "echo", '{"message":"d"}')
def jsa = Files.walk(home17.resolve("home/.cache/mcpkit")).toList()
// kept per installed copy: the archive is bound to the jar's path
def distRoot = unpacked.resolve("weather-1.2.0").toRealPath()
assert jsa.any { it.toString().endsWith(".jsa") && it.parent == home17.resolve("home/.cache/mcpkit" + distRoot) } : jsa
assert StdioSession.run([distLauncher], env17, base, "echo", '{"message":"e"}').callText() == "e"
// a second copy of the same distribution elsewhere gets an archive of its own instead of one it cannot use
def copy = Files.createTempDirectory("dist2")
assert ["tar", "-xzf", mcp.resolve("weather-1.2.0.tar.gz").toString(), "-C", copy.toString()].execute().waitFor() == 0
def copyLauncher = copy.resolve("weather-1.2.0/bin/weather").toString()
StdioSession.run([copyLauncher], env17, base, "echo", '{"message":"f"}')
def archives = Files.walk(home17.resolve("home/.cache/mcpkit")).filter { it.toString().endsWith(".jsa") }.toList()
assert archives.size() == 2 : archives
assert StdioSession.run([copyLauncher], env17, base, "echo", '{"message":"g"}').callText() == "g"

// 9. mcp:run passes stdin and stdout through: pipe a request into mvn -q -B (the Maven running this case) and read
// the answer, and nothing else: every byte of stdout is the server's. MAVEN_OPTS=-Djansi.noreset=true is what the
// plugin's README tells a project without the archetype's .mvn/jvm.config: Debian's Maven 3.8 package writes ESC[0m
// at start and exit without it (on 3.9 and 4 it changes nothing)
// (not offline: Maven treats the file:// mirror of the outer local repository as remote; nothing leaves the machine)
def settings = Files.createTempFile("settings", ".xml")
Files.writeString(settings, "<settings><localRepository>${localRepo}</localRepository><mirrors><mirror><id>outer</id><mirrorOf>*</mirrorOf><url>${Paths.get(outerRepo).toUri()}</url></mirror></mirrors></settings>")
def runBuilder = new ProcessBuilder(Paths.get(mavenHome, "bin", "mvn").toString(), "-q", "-B", "-s", settings.toString(),
        "dev.mcpkit:mcp-maven-plugin:${pluginVersion}:run").directory(basedir).redirectError(ProcessBuilder.Redirect.INHERIT)
runBuilder.environment().put("MAVEN_OPTS", ((System.getenv("MAVEN_OPTS") ?: "") + " -Djansi.noreset=true").trim())
def run = runBuilder.start()
run.outputStream.withWriter("UTF-8") { w ->
    w.write('{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipe","version":"1"}}}\n')
}
def runOut = run.inputStream.getText("UTF-8")
assert run.waitFor() == 0 : runOut
assert runOut.startsWith("{") && runOut.endsWith("}\n") : "stdout of mvn -q -B mcp:run with ${mavenHome}: " + runOut
def answers = runOut.readLines()
assert answers.size() == 1 : runOut
assert json.parseText(answers[0]).id == 7
println "mcp:run piped: " + answers[0].take(80)

// 10. mcp:package -Dmcp.image: the image tar (Jib, resolved into its own class loader) and the deployment files
def imageDir = basedir.toPath().resolve("image")
def imageTar = imageDir.resolve("weather-1.2.0-image.tar")
assert Files.size(imageTar) > 100_000 : imageTar
def kubernetes = Files.readString(imageDir.resolve("deploy/kubernetes.yaml"))
assert kubernetes.contains("image: weather:1.2.0") && kubernetes.contains("path: /health") : kubernetes
assert Files.readString(imageDir.resolve("deploy/nginx.conf")).contains("hash \$http_mcp_session_id consistent;")
assert log.contains("docker load -i weather-1.2.0-image.tar") : "the summary lists the image"
return true

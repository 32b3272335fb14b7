// a server NOT built on mcp-runtime: learnt through a real handshake; settings come from the plugin configuration
import dev.mcpkit.it.pkg.*
import java.nio.file.*
import groovy.json.JsonSlurper

def mcp = basedir.toPath().resolve("target/mcp")
def log = new File(basedir, "build.log").text
["plain-2.0.0.jar", "bin/plain", "bin/plain.cmd", "plain-2.0.0.zip", "plain-2.0.0.tar.gz", "plain-2.0.0.mcpb", "server.json",
 "jbang-catalog.json", "clients/claude-desktop.json", "clients/java/claude-desktop.json", "clients/jbang/claude-desktop.json"].each {
    assert Files.isRegularFile(mcp.resolve(it)) : "missing target/mcp/$it"
}
assert !Files.exists(mcp.resolve("lib/plain.jsa")) : "mcp.startupCache=false must skip the training run"

def entry = new JsonSlurper().parse(mcp.resolve("server.json").toFile())
assert SchemaValidator.load(Paths.get(schemaFile)).validate(mcp.resolve("server.json")).isEmpty()
assert entry.name == "io.github.example-owner/plain"
assert entry.packages[0].environmentVariables*.name == ["PLAIN_TOKEN", "PLAIN_MODE"]

// the launcher as a GUI client starts it
def config = ClientConfig.read(mcp.resolve("clients/claude-desktop.json"), "plain")
def env = config.environment(GuiEnvironment.create(Files.createTempDirectory("gui")), [PLAIN_TOKEN: "t"])
assert StdioSession.run(config.commandLine(), env, Paths.get("/"), "echo", '{"message":"plain"}').callText() == "plain"

// -Dmcp.runtime=jlink: the self-contained tarball starts on its own runtime, with no java on PATH and no JAVA_HOME
def selfContained = Files.list(mcp).toList().find { it.fileName.toString() ==~ /plain-2\.0\.0-[a-z]+-[a-z0-9_]+\.tar\.gz/ }
assert selfContained != null : "no self-contained tarball"
def unpacked = Files.createTempDirectory("self")
assert ["tar", "-xzf", selfContained.toString(), "-C", unpacked.toString()].execute().waitFor() == 0
def selfEnv = GuiEnvironment.create(Files.createTempDirectory("gui"))
selfEnv.PLAIN_JAVA_OPTS = "-XshowSettings:properties"
def self = StdioSession.run([unpacked.resolve("plain-2.0.0/bin/plain").toString()], selfEnv, Paths.get("/"), "echo", '{"message":"self"}')
assert self.callText() == "self"
assert self.stderr().contains("java.home = " + unpacked.resolve("plain-2.0.0/runtime")) : self.stderr()

// mcp:inspect: tables, then JSON
assert log.contains("Tools (1)") && log =~ /echo\s+Echoes the message\s+message\*: string/
assert log.contains("Resources (1)") && log.contains("plain://readme")
assert log.contains("Resource templates (1)") && log.contains("plain://notes/{id}")
assert log.contains("Prompts (1)") && log =~ /greet\s+Greets someone\s+who\*/
// -Dmcp.output: the JSON goes to the file alone, the log only says where
def inspected = basedir.toPath().resolve("inspect.json")
assert log.contains("Wrote the mcp:inspect report to " + inspected)
assert !log.contains('"uriTemplate": "plain://notes/{id}"')
assert new JsonSlurper().parse(inspected.toFile()).toString().contains("plain://notes/{id}")
return true

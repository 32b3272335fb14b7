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

// mcp:inspect: tables, then JSON
assert log.contains("Tools (1)") && log =~ /echo\s+Echoes the message\s+message\*: string/
assert log.contains("Resources (1)") && log.contains("plain://readme")
assert log.contains("Resource templates (1)") && log.contains("plain://notes/{id}")
assert log.contains("Prompts (1)") && log =~ /greet\s+Greets someone\s+who\*/
assert log.contains('"uriTemplate": "plain://notes/{id}"')
return true

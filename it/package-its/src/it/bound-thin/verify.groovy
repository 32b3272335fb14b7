import dev.mcpkit.it.pkg.*
import java.nio.file.*

def mcp = basedir.toPath().resolve("target/mcp")
def log = new File(basedir, "build.log").text
assert log.contains("mcp-maven-plugin:${pluginVersion}:package-no-fork (default) @ weather-server") : "package-no-fork did not run"
assert !log.contains(">>> mcp-maven-plugin") : "the bound goal must not fork the lifecycle"
assert log.count("maven-compiler-plugin:3.14.1:compile") == 1 : "compiled more than once"

// thin: the jar holds the project's classes only, the runtime and Jackson sit in lib/
def libs = Files.list(mcp.resolve("lib")).toList()*.fileName*.toString()
assert libs.contains("weather-1.2.0.jar") && libs.any { it.startsWith("mcp-runtime-") } && libs.any { it.startsWith("jackson-databind-") }
assert Files.size(mcp.resolve("weather-1.2.0.jar")) < 100_000
def listing = ["tar", "-tzf", mcp.resolve("weather-1.2.0.tar.gz").toString()].execute().text
assert listing.readLines().any { it ==~ /weather-1.2.0\/lib\/mcp-runtime-.*\.jar/ }

// java -jar works from both places the jar is (Class-Path names lib/x.jar and x.jar)
def java = Paths.get(javaHome, "bin", "java").toString()
[mcp.resolve("weather-1.2.0.jar"), mcp.resolve("lib/weather-1.2.0.jar")].each { jar ->
    def p = [java, "-jar", jar.toString(), "--version"].execute()
    assert p.waitFor() == 0 && p.text.trim() == "weather 1.2.0" : jar
}
["clients/claude-desktop.json", "clients/java/claude-desktop.json"].each { file ->
    def config = ClientConfig.read(mcp.resolve(file), "weather")
    def env = config.environment(GuiEnvironment.create(Files.createTempDirectory("gui")), [WEATHER_API_KEY: "k"])
    assert StdioSession.run(config.commandLine(), env, Paths.get("/"), "add", '{"a":20,"b":22}').callText() == "42" : file
}
return true

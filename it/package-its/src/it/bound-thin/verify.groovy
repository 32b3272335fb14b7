import dev.mcpkit.it.pkg.*
import java.nio.file.*

def mcp = basedir.toPath().resolve("target/mcp")
def log = new File(basedir, "build.log").text
// Maven 3.8 names a plugin in its log by artifactId (mcp-maven-plugin:...), 3.9 and 4 by goal prefix (mcp:...)
def plugin = { String artifactId, String prefix -> "(?:${artifactId}|${prefix})" }
assert log =~ /--- ${plugin('mcp-maven-plugin', 'mcp')}:${pluginVersion}:package-no-fork \(default\) @ weather-server/ : "package-no-fork did not run"
assert !(log =~ />>> ${plugin('mcp-maven-plugin', 'mcp')}:/) : "the bound goal must not fork the lifecycle"
assert log.findAll(/--- ${plugin('maven-compiler-plugin', 'compiler')}:3\.14\.1:compile /).size() == 1 : "compiled more than once"

// thin: the jar holds the project's classes only, the runtime (and its dependencies, if any) sit in lib/
def libs = Files.list(mcp.resolve("lib")).toList()*.fileName*.toString()
assert libs.contains("weather-1.2.0.jar") && libs.any { it.startsWith("mcp-runtime-") } : libs
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

// the jbang mode: JBang from Maven Central against the local repository, offline. The wrapper stands in for an
// installed JBang (its own script brings its JDK): it runs dev.jbang.Main, which exits 255 and prints the java
// command, and execs that command, as the real jbang script does.
def repo = Paths.get(localRepo)
// artifacts installed here are the local ones; the resolver would otherwise refuse them offline ("present, but unavailable")
Files.walk(repo).filter { it.fileName.toString() == "_remote.repositories" }.each { Files.delete(it) }
def gui = Files.createTempDirectory("gui-jbang")
def jbangEnv = GuiEnvironment.create(gui)
def wrapper = gui.resolve("path/jbang")
def jdk = Paths.get(javaHome).toString()
Files.writeString(wrapper, """#!/bin/sh
JAVA_HOME='${jdk}'; export JAVA_HOME
JBANG_REPO='${repo}'; export JBANG_REPO
output=\$('${jdk}/bin/java' -classpath '${new File(jbangClasspathFile).text.trim()}' dev.jbang.Main --offline "\$@")
err=\$?
if [ \$err -eq 255 ]; then
  eval "exec \$output"
fi
exit \$err
""")
wrapper.toFile().setExecutable(true)
def jb = ClientConfig.read(mcp.resolve("clients/jbang/claude-desktop.json"), "weather")
assert jb.command() == "jbang" && jb.args().contains("it.weather:weather-server:1.2.0")
def jbSession = StdioSession.run(jb.commandLine(), jb.environment(jbangEnv, [WEATHER_API_KEY: "k"]), Paths.get("/"), "echo", '{"message":"via jbang"}')
assert jbSession.callText() == "via jbang"
println "clients/jbang/claude-desktop.json: initialize + tools/call ok through JBang ${jbSession.stdout().size()} JSON-RPC lines"
return true

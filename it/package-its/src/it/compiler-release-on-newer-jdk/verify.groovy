// The README's POM with <release>17</release> in the compiler plugin only, built on a newer JDK: everything
// mcp:package writes requires Java 17, the release the classes are compiled for, not the JDK that built them.
import dev.mcpkit.it.pkg.*
import java.nio.file.*
import java.util.zip.ZipFile
import groovy.json.JsonSlurper

def base = basedir.toPath()
def mcp = base.resolve("target/mcp")
def json = new JsonSlurper()

// the build ran on the newer JDK (the java launch mode names the java that ran it) and compiled for 17 (class file 61)
def javaEntry = json.parse(mcp.resolve("clients/java/claude-desktop.json").toFile()).mcpServers.weather
assert javaEntry.command.startsWith(newerJdkHome) : javaEntry.command
def header = Files.readAllBytes(base.resolve("target/classes/com/example/weather/WeatherServer.class"))
def major = (header[6] & 0xff) << 8 | (header[7] & 0xff)
assert major == 61

// launchers, the JBang catalog and every JBang client entry require 17 (each value taken alone: a failure shows just it)
def line = { String text, String prefix -> text.readLines().find { it.startsWith(prefix) } }
def posixRequired = line(Files.readString(mcp.resolve("bin/weather")), "required=")
assert posixRequired == "required=17"
def windowsRequired = line(Files.readString(mcp.resolve("bin/weather.cmd")), 'set "REQUIRED=')
assert windowsRequired == 'set "REQUIRED=17"'
def catalogJava = json.parse(mcp.resolve("jbang-catalog.json").toFile()).aliases.weather.java
assert catalogJava == "17+"
def jbangArgs = json.parse(mcp.resolve("clients/jbang/claude-desktop.json").toFile()).mcpServers.weather.args
def jbangJava = jbangArgs[jbangArgs.indexOf("--java") + 1]
assert jbangJava == "17+"

// the .mcpb runs its bundled launchers: they require 17 too
new ZipFile(mcp.resolve("weather-1.0.0.mcpb").toFile()).withCloseable { zip ->
    def bundledPosix = line(zip.getInputStream(zip.getEntry("server/bin/weather")).getText("UTF-8"), "required=")
    assert bundledPosix == "required=17"
    def bundledWindows = line(zip.getInputStream(zip.getEntry("server/bin/weather.cmd")).getText("UTF-8"), 'set "REQUIRED=')
    assert bundledWindows == 'set "REQUIRED=17"'
}

// and the launcher serves on a Java 17 given as JAVA_HOME
def env = GuiEnvironment.create(Files.createTempDirectory("gui"))
env.JAVA_HOME = javaHome
env.WEATHER_API_KEY = "test-key"
def session = StdioSession.run([mcp.resolve("bin/weather").toString()], env, base, "hello", '{"name":"Ada"}')
assert session.callText() == "Hello, Ada!"

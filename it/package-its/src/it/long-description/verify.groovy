// an over-long description fails the build with a message that names what to fix, before anything is written
def log = new File(basedir, "build.log").text
assert log.contains("the description from <description> in pom.xml is 122 characters, the MCP Registry allows at most 100")
assert log.contains("<registryDescription>")
assert !new File(basedir, "target/mcp/weather-1.2.0.jar").exists()
return true

println "basedir=" + basedir
assert new File(basedir, "target/mcp/bin/weather").isFile()

evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly consistency.name-version: the server reports a hard-coded version (0.9.9), not the POM version
edit('src/main/resources/mcp-server.properties') { it.replace('version=${project.version}', 'version=0.9.9') }
true

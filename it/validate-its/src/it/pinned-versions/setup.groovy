evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly packaging.pinned-versions: a release (1.0.0) that depends on a SNAPSHOT (mcp-runtime)
edit('pom.xml') { it.replace('<version>1.0.0-SNAPSHOT</version>', '<version>1.0.0</version>') }
true

evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly consistency.server-json: a POM description (and so server.json description) longer than 100 characters
edit('pom.xml') { it.replace('<description>Weather forecasts for MCP clients</description>', '<description>' + ('Weather forecasts for MCP clients, ' * 4) + 'with more words than fit</description>') }
true

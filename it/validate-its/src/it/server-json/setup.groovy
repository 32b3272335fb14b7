evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly consistency.server-json: a server.json whose description was edited to more than 100 characters after packaging
afterPackage('<replace file="${project.build.directory}/mcp/server.json" token="Weather forecasts for MCP clients" value="' + ('Weather forecasts for MCP clients, ' * 4) + 'with more words than fit"/>')
true

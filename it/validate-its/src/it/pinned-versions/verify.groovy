evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('packaging.pinned-versions', 'dependency dev.mcpkit:mcp-runtime is a SNAPSHOT')
true

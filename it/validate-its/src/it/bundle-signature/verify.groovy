evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('packaging.bundle-signature', 'target/mcp/weather-1.0.0-SNAPSHOT.mcpb carries a signature that does not verify: ')
true

evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('ux.client-launch', 'it needs JAVA_HOME or java on PATH, which Claude Desktop does not provide')
true

evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('consistency.name-version', 'server.json version is 0.0.1, expected 1.0.0-SNAPSHOT')
true

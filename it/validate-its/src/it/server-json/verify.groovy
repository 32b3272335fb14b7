evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('consistency.server-json', 'server.json\'s description has')
true

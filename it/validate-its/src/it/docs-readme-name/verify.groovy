evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('docs.readme', 'README.md\'s Claude Desktop example names the server [weather-server], not \'weather\'')
true

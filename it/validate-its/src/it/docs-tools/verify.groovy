evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('docs.tools', 'the tool echo is not documented in README.md')
true

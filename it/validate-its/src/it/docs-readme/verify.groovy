evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('docs.readme', 'README.md has no Troubleshooting section')
true

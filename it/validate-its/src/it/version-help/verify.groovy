evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('ux.version-help', '--help exits 3')
true

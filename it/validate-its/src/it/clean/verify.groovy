evaluate(new File(templateDir, 'expect.groovy'))
expectClean()
true

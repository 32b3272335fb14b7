evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('security.input-schemas', 'tool lookup argument city has no description')
true

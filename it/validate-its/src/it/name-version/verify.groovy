evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('consistency.name-version', '--describe reports version 0.9.9 but the POM says 1.0.0-SNAPSHOT')
true

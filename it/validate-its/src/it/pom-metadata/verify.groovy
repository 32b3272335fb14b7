evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('packaging.pom-metadata', 'POM has no <licenses>')
true

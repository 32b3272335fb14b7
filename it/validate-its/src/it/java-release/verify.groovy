evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('packaging.java-release', 'the Java release is not declared')
true

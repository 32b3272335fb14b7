evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('packaging.entry-point', 'no main class is declared')
true

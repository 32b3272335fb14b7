evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('consistency.breaking-changes', 'tool alerts was removed since 0.9.0')
true

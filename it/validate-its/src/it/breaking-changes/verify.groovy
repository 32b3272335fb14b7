evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('consistency.breaking-changes', 'tool alerts was removed since 1.0.0')
true

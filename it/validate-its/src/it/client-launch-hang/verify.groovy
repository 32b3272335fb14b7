evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('ux.client-launch', 'did not answer initialize within 3 s')
true

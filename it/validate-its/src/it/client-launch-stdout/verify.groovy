evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('ux.client-launch', 'wrote something other than JSON-RPC to stdout: \'Weather server starting\'')
true

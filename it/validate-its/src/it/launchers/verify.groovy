evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('ux.launchers', 'the Windows launcher target/mcp/bin/weather.cmd is missing')
true

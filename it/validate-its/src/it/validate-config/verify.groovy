evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('ux.validate-config', '--validate-config exits 0 with an empty environment although WEATHER_API_KEY is required')
true

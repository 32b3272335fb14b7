evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('security.settings-documented', 'the setting WEATHER_API_KEY is not documented in README.md')
true

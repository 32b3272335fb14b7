evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('security.env-example', '.env.example does not list the setting WEATHER_API_KEY')
true

evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('security.dotenv-excluded', '.gitignore does not ignore .env')
true

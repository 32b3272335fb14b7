evaluate(new File(templateDir, 'expect.groovy'))
expectFailure('security.dotenv-excluded', 'contains .env (real settings, possibly secrets)')
true

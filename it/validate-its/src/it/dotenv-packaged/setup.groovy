evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly security.dotenv-excluded: a .env among the resources, so inside the jar
write('src/main/resources/.env', 'DEBUG=true\n')
true

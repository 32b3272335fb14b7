evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly security.dotenv-excluded: .gitignore that does not ignore .env
edit('.gitignore') { it.replace('.env\n', '') }
true

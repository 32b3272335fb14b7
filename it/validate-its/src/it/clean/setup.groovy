evaluate(new File(templateDir, 'copy.groovy'))
true

evaluate(new File(templateDir, 'copy.groovy'))
// a skip entry without a reason is a configuration error
mcpConfig('<skipChecks><skipCheck><id>ux.launchers</id></skipCheck></skipChecks>')
true

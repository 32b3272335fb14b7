evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.validate-config: a required setting the server does not check: --validate-config exits 0 without it
edit('pom.xml') { it.replace('<required>false</required>', '<required>true</required>') }
true

evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly consistency.name-version: a server.json with another version than the POM
edit('pom.xml') { it.replace('"version":"${project.version}"', '"version":"0.0.1"') }
true

evaluate(new File(templateDir, 'copy.groovy'))
// same artifact as previous-release (0.9.0), which had a tool "alerts" that this version no longer has
edit('pom.xml') { it.replace('<artifactId>weather</artifactId>', '<artifactId>weather-evolving</artifactId>') }

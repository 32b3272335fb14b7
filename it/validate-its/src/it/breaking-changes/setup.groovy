evaluate(new File(templateDir, 'copy.groovy'))
// the next minor version of previous-release (1.0.0), which had a tool "alerts" that this version no longer has
edit('pom.xml') { it.replace('<artifactId>weather</artifactId>', '<artifactId>weather-evolving</artifactId>')
        .replace('<version>1.0.0-SNAPSHOT</version>', '<version>1.1.0-SNAPSHOT</version>') }
true

evaluate(new File(templateDir, 'copy.groovy'))
// the same removal as breaking-changes, but in a new major version: allowed, reported as info
edit('pom.xml') { it.replace('<artifactId>weather</artifactId>', '<artifactId>weather-evolving</artifactId>')
        .replace('<version>1.0.0-SNAPSHOT</version>', '<version>2.0.0-SNAPSHOT</version>') }
true

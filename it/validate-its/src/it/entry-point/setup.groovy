evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly packaging.entry-point: no exec.mainClass (the shaded jar still names one, so only the declaration is missing)
edit('pom.xml') { it.replace('<exec.mainClass>dev.example.weather.WeatherServer</exec.mainClass>', '') }
true

evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly packaging.entry-point: the main class is declared only for the package execution, so the project itself declares none
edit('pom.xml') { it.replace('<exec.mainClass>dev.example.weather.WeatherServer</exec.mainClass>', '')
        .replace('<id>package</id>', '<id>package</id><configuration><mainClass>dev.example.weather.WeatherServer</mainClass></configuration>') }
true

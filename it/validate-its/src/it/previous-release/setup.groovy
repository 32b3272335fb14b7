// Release 1.0.0 of weather-evolving, with a tool "alerts" that 1.0.0-SNAPSHOT (case breaking-changes) removes.
evaluate(new File(templateDir, 'copy.groovy'))
edit('pom.xml') { it.replace('<artifactId>weather</artifactId>', '<artifactId>weather-evolving</artifactId>')
        .replace('<version>1.0.0-SNAPSHOT</version>', '<version>1.0.0</version>') }
edit('src/main/java/dev/example/weather/WeatherServer.java') {
    it.replace('//@TOOLS@', '@Tool(description = "Weather alerts", readOnly = true) public String alerts(@Arg(description = "Region") String region) { return region; }')
}
true

evaluate(new File(templateDir, 'copy.groovy'))
// an untyped (Map) argument is a warning; with -Dmcp.validate.strict=true the warning fails the build
edit('src/main/java/dev/example/weather/WeatherServer.java') {
    it.replace('//@TOOLS@', '@Tool(description = "Tags a city", readOnly = true) public String tag(@Arg(description = "Free-form labels") java.util.Map<String, Object> labels) { return String.valueOf(labels); }')
}
edit('README.md') { it + '\n### `tag`\n\n`labels`: free-form labels\n' }
true

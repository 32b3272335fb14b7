evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly security.settings-documented: a README that never names WEATHER_API_KEY
edit('README.md') { it.replace('WEATHER_API_KEY', 'API_KEY_OF_WEATHER') }
true

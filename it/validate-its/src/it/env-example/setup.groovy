evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly security.env-example: .env.example without the declared setting
edit('.env.example') { it.replace('WEATHER_API_KEY=', '') }
true

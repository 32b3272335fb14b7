assert new File(localRepositoryPath, 'dev/example/weather-evolving/0.9.0/weather-evolving-0.9.0.jar').isFile()
true

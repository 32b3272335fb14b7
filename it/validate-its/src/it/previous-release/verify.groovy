assert new File(localRepositoryPath, 'dev/example/weather-evolving/1.0.0/weather-evolving-1.0.0.jar').isFile()
true

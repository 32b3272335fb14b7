evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.client-launch: a server that refuses to serve without JAVA_HOME
beforeRun('if (args.length == 0 && System.getenv("JAVA_HOME") == null) { System.err.println("weather: JAVA_HOME is not set"); System.exit(1); }')
true

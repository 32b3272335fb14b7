evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.client-launch: a server that prints a banner on stdout when it starts serving
beforeRun('if (args.length == 0) { System.out.println("Weather server starting"); System.out.flush(); }')
true

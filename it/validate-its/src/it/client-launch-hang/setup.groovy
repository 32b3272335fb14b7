evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.client-launch: a server that never answers (budget lowered to 3 s to keep the test short)
beforeRun('if (args.length == 0) { Thread.sleep(Long.MAX_VALUE); }')
true

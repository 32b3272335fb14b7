evaluate(new File(templateDir, 'copy.groovy'))
// breaks exactly ux.launchers: a build step after mcp:package that deletes the Windows launcher
afterPackage('<delete file="${project.build.directory}/mcp/bin/weather.cmd"/>')
true

evaluate(new File(templateDir, 'copy.groovy'))
// no Windows launcher, but the check is skipped with a reason: the build passes and the report shows the reason
afterPackage('<delete file="${project.build.directory}/mcp/bin/weather.cmd"/>')
mcpConfig('<skipChecks><skipCheck><id>ux.launchers</id><reason>this server is only for macOS and Linux</reason></skipCheck></skipChecks>')
true

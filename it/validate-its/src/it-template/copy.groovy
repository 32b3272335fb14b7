// Copies the clean sample project into this invoker project and defines the helpers a case uses to break it.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

Path source = Paths.get(templateDir, 'project')
Path target = basedir.toPath()
Files.walk(source).withCloseable { files ->
    files.each { Path p ->
        Path t = target.resolve(source.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(t)
        } else {
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES)
        }
    }
}
Path pom = target.resolve('pom.xml')
Files.writeString(pom, Files.readString(pom).replace('@mcpkit.version@', mcpkitVersion))

/** edit('pom.xml') { text -> text.replace(...) }: fails when the change changes nothing, so a stale case cannot pass. */
binding.setVariable('edit', { String file, Closure change ->
    Path f = target.resolve(file)
    String before = Files.readString(f)
    String after = change(before)
    assert after != before : "the case's edit of $file changed nothing"
    Files.writeString(f, after)
})
binding.setVariable('write', { String file, String text ->
    Path f = target.resolve(file)
    Files.createDirectories(f.parent)
    Files.writeString(f, text)
})
/** Adds lines at the start of main(), before run(args). */
binding.setVariable('beforeRun', { String code ->
    edit('src/main/java/dev/example/weather/WeatherServer.java') { it.replace('//@MAIN@', code) }
})
binding.setVariable('mcpConfig', { String xml ->
    edit('pom.xml') { it.replace('<!--@MCP-CONFIG@-->', xml) }
})
/** Ant tasks run right after mcp:package (antrun bound to package, declared after it): to damage its output. */
binding.setVariable('afterPackage', { String tasks ->
    edit('pom.xml') {
        it.replace('<!--@PLUGINS@-->', """<plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-antrun-plugin</artifactId>
        <version>3.1.0</version>
        <executions>
          <execution>
            <id>after-mcp-package</id>
            <phase>package</phase>
            <goals><goal>run</goal></goals>
            <configuration><target>${tasks}</target></configuration>
          </execution>
        </executions>
      </plugin>""")
    }
})

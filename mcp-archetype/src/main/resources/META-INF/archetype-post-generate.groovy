// archetype:jar drops a file named .gitignore, so the template ships as gitignore and gets its name here
// (a property for the name would show up in the interactive confirmation, where it means nothing to the user)
import java.nio.file.Files
import java.nio.file.Paths

def project = Paths.get(request.outputDirectory, request.artifactId)
Files.move(project.resolve("gitignore"), project.resolve(".gitignore"))
